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
} from './calibrate.js';
export {
  type ChartOptions,
  componentsChart,
  reportChart,
  scenarioChart,
  tornadoChart,
  trajectoryChart,
  type VegaLiteSpec,
} from './charts.js';
export { type CombineLocalitiesOptions, combineLocalities } from './combineLocalities.js';
export { InputError, type InputIssue, type Phrase } from './errors.js';
export { type EstimateOptions, estimate } from './estimate.js';
export {
  type BatchError,
  type BatchResult,
  type BatchRow,
  batchTable,
  type EstimateBatchOptions,
  estimateBatch,
  inputCsvColumns,
  parseInputsCsv,
} from './estimateBatch.js';
export {
  type FormatReportOptions,
  formatBatch,
  formatReport,
  formatScenario,
  formatValidation,
  REPORT_FORMATS,
  type ReportFormat,
} from './formatReport.js';
export { type InputTemplateOptions, inputJsonSchema, inputTemplate } from './inputSchema.js';
export type { ModelOptions } from './internal/resolve.js';
export type { ParameterName, ParameterOverride } from './internal/setup.js';
export {
  dataVersion,
  findLocality,
  type Locality,
  nearestYear,
  normaliseName,
  type ParameterSpec,
  type ReferenceData,
  ReferenceDataSchema,
  referenceData,
  type Source,
  type Target,
} from './reference.js';
export { LANGS, type Lang } from './render/format.js';
export {
  type FullRates,
  forwardPath,
  type GrowthRates,
  type PathPoint,
  type ScenarioOptions,
  type ScenarioResult,
  scenario,
} from './scenario.js';
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
} from './schemas.js';
export { applicableTargets, compareTargets, targetPath } from './targets.js';
export {
  type ProjectTrajectoryOptions,
  projectTrajectory,
  SEARCH_HORIZON,
  shareInYear,
  yearReached,
} from './trajectory.js';
export type {
  Check,
  CheckCode,
  EstimateResult,
  NationalComparison,
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
} from './types.js';
export {
  type CalibrationReport,
  type NationalCheck,
  type ValidateOptions,
  type ValidationData,
  ValidationDataSchema,
  type ValidationResult,
  type ValidationRow,
  type ValidationSummary,
  validate,
  validationData,
} from './validate.js';
export { METHOD_VERSION, PACKAGE_VERSION } from './version.js';
