// Only platform image hosts may be shown: a badge's props come from page-derived data. The guard is the
// site registry's one (sites/platform-image-url.ts), the same the adapters, the background and the export use.
export { platformImageUrl } from '../sites/platform-image-url';
