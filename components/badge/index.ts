// Public surface of the badge for content scripts.
export { mountBadge, type BadgeHandle, type MountOptions } from './mount-badge';
export { badgePropsFromResult } from './from-result';
export { themeFromBackground } from './theme';
export { badgeAriaLabel } from './labels';
export type { BadgeProps, BadgeState, Reason, Theme } from './types';
