export {
  moderateComment,
  moderateName,
  compileModerationSettings,
  isTrustedCommenter,
  type CompiledModeration,
} from './moderate';
export { defaultModerationSettings, resolveArticleMode, withDefaultSettings } from './settings';
export * from './types';
export * as defaultWordLists from './default-lists';
export { canonicalise, isInvisibleOnly, type CanonicalText } from './canonical';
