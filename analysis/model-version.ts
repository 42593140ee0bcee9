/**
 * The version every verdict carries: detector, stage-2 release and verdict policy. Pure JSON imports, so the
 * background can tell a stored verdict from an older release without loading any model.
 */
import { BLAZEFACE } from './detect/blazeface-config';
import { FORENSIC_CONFIG } from './classifier/forensic-config';

export const MODEL_VERSION = [BLAZEFACE.version, FORENSIC_CONFIG.version, FORENSIC_CONFIG.policy.version].join('+');
