/**
 * partner-alignment: plan with channel partners by alignment instead of assigned quota.
 *
 * The public entry point. Everything exported here is documented, categorised and covered by the
 * semantic-versioning promise; anything not exported here is internal.
 *
 * @module
 */

// Alignment
export type { AlignmentEconomics } from './alignment/alignment-economics.js';
export type { AlignmentFinding, AlignmentFindingCode } from './alignment/alignment-finding.js';
export { alignmentRemedies } from './alignment/alignment-remedies.js';
export type {
  AlignmentComponent,
  AlignmentEconomicsReading,
  AlignmentGate,
  AlignmentScore,
  CommitmentService,
  MotiveAlignment,
  ObjectiveService,
} from './alignment/alignment-score.js';
export type {
  AlignmentComponentId,
  AlignmentGrade,
  AlignmentSettings,
  AlignmentSettingsOverrides,
  ContributionStrength,
} from './alignment/alignment-settings.js';
export type { AlignmentComparison } from './alignment/compare-alignment.js';
export { compareAlignment } from './alignment/compare-alignment.js';
export { defaultAlignmentSettings } from './alignment/default-alignment-settings.js';
export type { MotiveProfileTable } from './alignment/default-profiles.js';
export { defaultMotiveProfiles } from './alignment/default-profiles.js';
export type { DeriveMotiveProfileOptions } from './alignment/derive-motive-profile.js';
export { deriveMotiveProfile } from './alignment/derive-motive-profile.js';
export type {
  Improvement,
  ImprovementKind,
  JsonPatchOperation,
  JsonValue,
} from './alignment/improvement.js';
export type { MotiveInfo } from './alignment/motive-catalog.js';
export { motiveCatalog, motiveLabel } from './alignment/motive-catalog.js';
export type { RankImprovementsOptions } from './alignment/rank-improvements.js';
export { rankImprovements } from './alignment/rank-improvements.js';
export type {
  ReviewSchedule,
  ReviewScheduleOptions,
  ScheduledReview,
} from './alignment/review-schedule.js';
export { reviewSchedule } from './alignment/review-schedule.js';
export type { ScoreAlignmentOptions } from './alignment/score-alignment.js';
export { scoreAlignment } from './alignment/score-alignment.js';
export { alignmentScoringVersion } from './alignment/scoring-version.js';
// Analysis
export { type AgreeGoalsOptions, agreeGoals } from './analysis/agree-goals.js';
export type { AnalysisAlignment } from './analysis/analysis-alignment.js';
export type { AnalysisEconomics } from './analysis/analysis-economics.js';
export type { AnalysisImprovement } from './analysis/analysis-improvement.js';
export { analyzePartnership } from './analysis/analyze-partnership.js';
export type {
  AnalyzePartnershipOptions,
  ImprovementsMode,
} from './analysis/analyze-partnership-options.js';
export type {
  AnalyzePortfolioOptions,
  PortfolioAnalysis,
  PortfolioItem,
} from './analysis/analyze-portfolio.js';
export { analyzePortfolio } from './analysis/analyze-portfolio.js';
export type {
  Diagnosis,
  DiagnosisCause,
  DiagnosisCode,
  DiagnosisRemedy,
  DiagnosisStatus,
} from './analysis/diagnosis.js';
export { diagnosisRemedies } from './analysis/diagnosis-remedies.js';
export { type DiagnosisSettings, defaultDiagnosisSettings } from './analysis/diagnosis-settings.js';
export { mergePortfolioSummaries } from './analysis/merge-portfolio-summaries.js';
export type {
  ObjectiveAnalysis,
  ObjectivePlan,
  ObjectiveStanding,
  PlanGoal,
  PlanPeriod,
  PlanReplan,
} from './analysis/objective-analysis.js';
export type {
  PartnershipAnalysis,
  PartnershipIdentity,
  SegmentField,
} from './analysis/partnership-analysis.js';
export { PortfolioError, PortfolioRow } from './analysis/portfolio-row.js';
export { PortfolioSummary } from './analysis/portfolio-summary.js';
export { type ProposeGoalsOptions, proposeGoals } from './analysis/propose-goals.js';
export { analysisScoringVersion } from './analysis/scoring-version.js';
export {
  type SummarizePortfolioOptions,
  summarizePortfolio,
} from './analysis/summarize-portfolio.js';
export { toPortfolioRow } from './analysis/to-portfolio-row.js';
// Calendar
export { addPeriods, nextPeriod, previousPeriod } from './calendar/add-periods.js';
export { calendarYear, nrfRetail } from './calendar/calendars.js';
export { childPeriods } from './calendar/child-periods.js';
export { comparePeriods } from './calendar/compare-periods.js';
export { addDays, compareDates, daysBetween } from './calendar/day-arithmetic.js';
export { fromDayNumber, isIsoDate, toDayNumber } from './calendar/day-number.js';
export type { ElapsedShare } from './calendar/elapsed-share.js';
export { elapsedShare } from './calendar/elapsed-share.js';
export {
  CalendarMismatchError,
  FiscalYearOutOfRangeError,
  InvalidPeriodError,
  isCalendarMismatchError,
  isFiscalYearOutOfRangeError,
  isInvalidPeriodError,
  isUnsupportedGranularityError,
  UnsupportedGranularityError,
} from './calendar/errors.js';
export {
  FiscalCalendar,
  MonthBasedCalendar,
  WeekBasedCalendar,
  Weekday,
} from './calendar/fiscal-calendar.js';
export { formatPeriodKey } from './calendar/format-period-key.js';
export { IsoDate } from './calendar/iso-date.js';
export { parentPeriod } from './calendar/parent-period.js';
export { isPeriodKey, parsePeriodKey } from './calendar/parse-period-key.js';
export { Granularity, Period } from './calendar/period.js';
export { periodDays, periodEnd, periodStart } from './calendar/period-bounds.js';
export { PeriodKey } from './calendar/period-key.js';
export { periodOf } from './calendar/period-of.js';
export type { PeriodSpan } from './calendar/periods-between.js';
export { periodsBetween } from './calendar/periods-between.js';
export { periodsInYear } from './calendar/periods-in-year.js';
export type { ToIsoDateOptions } from './calendar/to-iso-date.js';
export { toIsoDate } from './calendar/to-iso-date.js';
export type { TodayOptions } from './calendar/today.js';
export { today } from './calendar/today.js';
export type {
  CaptureOpportunity,
  CaptureOpportunityJson,
  CaptureTarget,
  CaptureTargetOptions,
  CaptureYear,
} from './cascade/capture-target.js';
export { captureTarget } from './cascade/capture-target.js';
// Cascade
export type { CascadeOptions } from './cascade/cascade.js';
export { cascade } from './cascade/cascade.js';
export type { CascadeActual, CascadeActualJson } from './cascade/cascade-actual.js';
export { CascadeObjective, type CascadeObjectiveJson } from './cascade/cascade-objective.js';
export type { Cascade, CascadeMethod } from './cascade/cascade-result.js';
export type { CascadeStep } from './cascade/cascade-steps.js';
export { cascadeSteps } from './cascade/cascade-steps.js';
export { cascadeTotal } from './cascade/cascade-total.js';
export type { StepDeparture, StepGoal, StepGoalJson } from './cascade/departure-from-step.js';
export { departureFromStep } from './cascade/departure-from-step.js';
export type { Replan, ReplannedStep } from './cascade/replan.js';
export { replan } from './cascade/replan.js';
export type { ReplanFindingCode } from './cascade/replan-finding.js';
export type { ReplanOptions, ReplanPolicy } from './cascade/replan-options.js';
export { rollUpCascade } from './cascade/roll-up-cascade.js';
export { stepTarget } from './cascade/step-target.js';
export type { ProposedPeriodGoal, ToPeriodGoalsOptions } from './cascade/to-period-goals.js';
export { toPeriodGoals } from './cascade/to-period-goals.js';
// Economics
export type { EconomicsComparison, EconomicsDifference } from './economics/compare-economics.js';
export { compareEconomics } from './economics/compare-economics.js';
export type {
  ComputeEconomicsOptions,
  EconomicsPlanStep,
} from './economics/compute-economics.js';
export { computeEconomics } from './economics/compute-economics.js';
export type { EconomicsAssumption } from './economics/default-economics-assumptions.js';
export { defaultEconomicsAssumptions } from './economics/default-economics-assumptions.js';
export type { EconomicLever, LeverMotive } from './economics/economic-lever.js';
export { leverMotives } from './economics/economic-lever.js';
export type {
  EconomicsFigures,
  EconomicsPeriod,
  MarginShare,
  ServicesLoad,
  SourceEconomics,
} from './economics/economics-figures.js';
export type {
  CapacityShortfall,
  EconomicsFindingCode,
  PartnerEconomics,
  PartnerProfitShare,
  VendorRevenueSource,
} from './economics/partner-economics.js';
export type { ProfitSource } from './economics/profit-source.js';
export type { LeverImpact, LeverRanking, RankLeversOptions } from './economics/rank-levers.js';
export { rankLevers } from './economics/rank-levers.js';
export type { ErrorCode } from './errors.js';
export {
  isPartnerAlignmentError,
  isValidationError,
  PartnerAlignmentError,
  ValidationError,
  validationLimits,
} from './errors.js';
export { formatIssue, formatIssuePath } from './format-issues.js';
export { type FormatIssuesOptions, formatIssues } from './format-issues-report.js';
export {
  type FlatIssues,
  flattenIssues,
  type IssueTree,
  treeifyIssues,
} from './group-issues.js';
export { labelOfPath } from './issue-label.js';
// Model
export { Actual, type ActualJson } from './model/actual.js';
export {
  CascadeShape,
  CascadeSpec,
  type CascadeSpecJson,
  Seasonality,
} from './model/cascade-spec.js';
export { Charter, type CharterJson } from './model/charter.js';
export { Commitment, type CommitmentJson } from './model/commitment.js';
export { documentLimits } from './model/document-limits.js';
export { EconomicsProfile, type EconomicsProfileJson } from './model/economics-profile.js';
export { encodePartnership } from './model/encode-partnership.js';
export {
  type Finding,
  type FindingEvidence,
  type FindingSeverity,
  type FindingSubject,
  findingSeverities,
} from './model/finding.js';
export { Horizon } from './model/horizon.js';
export {
  CadenceId,
  CommitmentId,
  CompanyId,
  ObjectiveId,
  OpportunityId,
  PartnershipId,
  StakeholderId,
} from './model/ids.js';
export {
  Aggregation,
  type AggregationRule,
  aggregationRuleOf,
  aggregationRules,
  Direction,
  Metric,
  type MetricJson,
  MetricUnit,
  metricPrecision,
} from './model/metric.js';
export { BuiltInMotive, builtInMotives, MotiveId } from './model/motive.js';
export { MotiveProfile, type MotiveProfileJson } from './model/motive-profile.js';
export {
  Contribution,
  ObjectiveOwner,
  StrategicObjective,
  type StrategicObjectiveJson,
} from './model/objective.js';
export { MarketOpportunity, type MarketOpportunityJson } from './model/opportunity.js';
export {
  parsePartnership,
  type SafeParsePartnershipResult,
  safeParsePartnership,
} from './model/parse-partnership.js';
export {
  Archetype,
  ArchetypeShare,
  Partner,
  type PartnerJson,
  Vendor,
} from './model/partner.js';
export { Partnership, type PartnershipJson } from './model/partnership.js';
export { PeriodGoal, type PeriodGoalJson, Provenance } from './model/period-goal.js';
export { ProgramTerms, type ProgramTermsJson } from './model/program-terms.js';
export { Ratio } from './model/ratio.js';
export { ReviewCadence, ReviewHeld } from './model/review.js';
export { samples } from './model/samples.js';
export { Side } from './model/side.js';
export { Stakeholder } from './model/stakeholder.js';
export { type ToActualsOptions, toActuals } from './model/to-actuals.js';
export { toJSONSchema } from './model/to-json-schema.js';
// Money
export type {
  AllocateOptions,
  AllocateQuantityOptions,
  AllocationWeight,
  TieBreak,
} from './money/allocate.js';
export { allocate } from './money/allocate.js';
export {
  add,
  multiply,
  negate,
  ratioOf,
  subtract,
  sumMoney,
} from './money/arithmetic.js';
export {
  compareMoney,
  equals,
  isNegative,
  isPositive,
  isZero,
  maxMoney,
  minMoney,
} from './money/comparison.js';
export type { CurrencyDefinition, CurrencyInput } from './money/currency.js';
export { defineCurrency, isCurrencyCode, minorUnits } from './money/currency.js';
export {
  AllocationError,
  CurrencyMismatchError,
  DivisionByZeroError,
  isAllocationError,
  isCurrencyMismatchError,
  isDivisionByZeroError,
  isPrecisionError,
  PrecisionError,
} from './money/errors.js';
export type { FormatMoneyOptions } from './money/format-money.js';
export { formatMoney } from './money/format-money.js';
export type { Iso4217List } from './money/iso-4217.js';
export { iso4217 } from './money/iso-4217.js';
export { fromMinorUnits, toMinorUnits } from './money/minor-units.js';
export type { Money, MoneyInput } from './money/money.js';
export { money } from './money/money.js';
export type { RoundingMode, RoundMoneyOptions } from './money/round-money.js';
export { roundMoney } from './money/round-money.js';
export {
  CurrencyCode,
  DecimalSchema,
  DecimalString,
  MoneyJson,
  MoneySchema,
  toMoneyJson,
} from './money/schemas.js';
export type { Decimal, DecimalInput } from './money/to-decimal.js';
export { decimalLimits, toDecimal } from './money/to-decimal.js';
export { toDecimalString } from './money/to-decimal-string.js';
// Progress
export type { ProgressStatus, ProgressThresholds } from './progress/default-thresholds.js';
export { defaultProgressThresholds, progressStatusOrder } from './progress/default-thresholds.js';
export type {
  EvaluatePartnershipProgressOptions,
  PartnershipProgress,
} from './progress/evaluate-partnership-progress.js';
export { evaluatePartnershipProgress } from './progress/evaluate-partnership-progress.js';
export type { EvaluateProgressOptions } from './progress/evaluate-progress.js';
export { evaluateProgress } from './progress/evaluate-progress.js';
export type { ObjectiveProgress, StraightLineProgress } from './progress/objective-progress.js';
export type { PeriodProgress } from './progress/period-progress.js';
export { planFromGoals } from './progress/plan-from-goals.js';
export type { ProgressFinding, ProgressFindingCode } from './progress/progress-finding.js';
export type {
  ForecastMethod,
  ProgressForecast,
  RequiredRate,
} from './progress/progress-forecast.js';
export type {
  ProgressActual,
  ProgressActualJson,
  ProgressPlan,
  ProgressPlanJson,
  ProgressStep,
} from './progress/progress-plan.js';
export type { ProgressRollUp, RollUpProgressOptions } from './progress/roll-up-progress.js';
export { rollUpProgress } from './progress/roll-up-progress.js';
export type { StatusExplanation } from './progress/status-explanation.js';
export type {
  IssueCode,
  IssueParams,
  IssuePath,
  ValidationIssue,
  ValidationIssueInput,
} from './validation-issue.js';
