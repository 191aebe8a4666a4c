export {
  moderateComment,
  moderateName,
  compileModerationSettings,
  isTrustedCommenter,
  type CompiledModeration,
} from './moderate';
export {
  defaultModerationSettings,
  validateModerationSettings,
  resolveArticleMode,
  sectionKey,
  withDefaultSettings,
  SECTION_MAX,
  type SettingsError,
} from './settings';
export * from './types';
export * as defaultWordLists from './default-lists';
export { canonicalise, isInvisibleOnly, type CanonicalText } from './canonical';
