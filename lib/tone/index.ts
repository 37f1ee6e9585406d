export { analyze } from './analyze';
export { detectLang } from './lang';
export {
  HINT_IDS,
  HintIdSchema,
  HintSchema,
  SEVERITY,
  SeveritySchema,
  SpanSchema,
  ToneInputSchema,
  type Hint,
  type HintId,
  type Lang,
  type Platform,
  type Register,
  type Severity,
  type Span,
  type ToneInput,
} from './schema';
