import { render } from 'preact';
import { activeTabCounts } from '../../components/popup/active-tab-counts';
import { App } from '../../components/popup/app';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App getTabCounts={activeTabCounts} />, root);
