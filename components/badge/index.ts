// Public surface of the badge for content scripts.
export { mountBadge, type BadgeHandle, type MountOptions } from './mount-badge';
export { badgeContentFromResult, badgePropsFromResult } from './from-result';
export { themeFromBackground } from './theme';
export { badgeAriaLabel } from './labels';
export type { BadgeContent, BadgeFace, BadgeProps, BadgeState, Reason, Theme } from './types';
