/**
 * digital-economy-share: estimate a locality's digital-economy share of GRDP with a documented,
 * reproducible method (docs/method.md). The public API, by name.
 *
 * @packageDocumentation
 */

export {
  type CalibratedParameter,
  type CalibrateOptions,
  type CalibrationResult,
  type CalibrationRow,
  calibrate,
  type FittedParameter,
} from './analyses/calibrate.js';
export {
  BATCH_COLUMNS,
  BATCH_SHARE_COLUMNS,
  type BatchError,
  type BatchRecord,
  type BatchResult,
  type BatchRow,
  batchRecords,
  type EstimateBatchOptions,
  estimateBatch,
  rankOrder,
  unranked,
} from './analyses/estimateBatch.js';
export {
  type MergeOntoMapOptions,
  type MergeResult,
  mergeOntoMap,
} from './analyses/mergeOntoMap.js';
export {
  type FullRates,
  forwardPath,
  type GrowthRates,
  type PathPoint,
  type RevenueLever,
  type ScenarioOptions,
  type ScenarioResult,
  scenario,
  type WorkforceLever,
} from './analyses/scenario.js';
export {
  type CalibrationReport,
  type LeaveOneOut,
  type NationalCheck,
  type ValidateOptions,
  type ValidationData,
  ValidationDataSchema,
  type ValidationResult,
  type ValidationRow,
  type ValidationSummary,
  validate,
  validationData,
} from './analyses/validate.js';
export { applicableTargets, compareTargets, targetPath } from './compare/targets.js';
export {
  type ProjectTrajectoryOptions,
  projectTrajectory,
  SEARCH_HORIZON,
  shareInYear,
  yearReached,
} from './compare/trajectory.js';
export { UNRANKED_CHECKS } from './estimate/checks.js';
export { type EstimateOptions, estimate } from './estimate/estimate.js';
export type {
  Check,
  CheckCode,
  EstimateResult,
  FrameEstimate,
  MethodError,
  NationalComparison,
  ParameterInterval,
  ParameterUsed,
  Provenance,
  Reason,
  ReasonCode,
  SensitivityEntry,
  Severity,
  TargetComparison,
  TargetPath,
  Trajectory,
  TrajectoryPoint,
} from './estimate/result.js';
export { LANGS, type Lang } from './i18n/format.js';
export { type CombineLocalitiesOptions, combineLocalities } from './input/combineLocalities.js';
export {
  formatPath,
  InputError,
  type InputIssue,
  type InputIssueCode,
  issueMessage,
  type Phrase,
  type PhraseCode,
  type PhraseValues,
  phraseText,
} from './input/inputError.js';
export { type InputTemplateOptions, inputJsonSchema, inputTemplate } from './input/jsonSchema.js';
export {
  EstimateOptionsSchema,
  type Frame,
  FrameSchema,
  type HistoryPoint,
  HistoryPointSchema,
  type IctSegment,
  IctSegmentSchema,
  INPUT_REQUIREMENTS,
  type LocalityInput,
  type LocalityInputInit,
  LocalityInputSchema,
  type PublishedShare,
  PublishedShareSchema,
  type RangedNumber,
} from './input/schemas.js';
export type { ModelOptions } from './model/resolveSetup.js';
export type { ParameterName, ParameterOverride } from './model/setup.js';
export { METHOD_VERSION, PACKAGE_VERSION } from './model/version.js';
export {
  dataVersion,
  findLocality,
  type Locality,
  mergerParts,
  nearestYear,
  normaliseName,
  type ParameterSpec,
  type ReferenceData,
  ReferenceDataSchema,
  referenceData,
  type Source,
  type Target,
} from './reference/reference.js';
export {
  type ChartOptions,
  componentsChart,
  reportChart,
  scenarioChart,
  tornadoChart,
  trajectoryChart,
  type VegaLiteSpec,
} from './render/charts.js';
export {
  type FormatReportOptions,
  formatBatch,
  formatReport,
  formatScenario,
  formatValidation,
  REPORT_FORMATS,
  type ReportFormat,
} from './render/formatReport.js';
export {
  type ErrorFigure,
  estimateMethodError,
  logit,
  type MethodErrorEstimate,
  withMethodError,
} from './uncertainty/methodError.js';
export { SAMPLERS, type Sampler } from './uncertainty/simulate.js';
