/** English: the reference catalogue; every other language has exactly these keys. */
export const en = {
  // Checks (docs/method.md §6)
  'check.implied-population-mismatch':
    '{case, select, zero {firmsPerThousand is 0 but there are {firms:int} firms for {population:int} inhabitants ({countDensity:num} per 1,000); the estimate uses the stated 0} other {{firms:int} firms ÷ {density:num} per 1,000 = {implied:int} inhabitants implied, but population is {population:int} ({difference:rel}); the estimate uses the stated {density:num} per 1,000 (the counts give {countDensity:num})}}',
  'check.implied-labour-force-mismatch':
    '{case, select, zero {itWorkforceShare is 0 but there are {workers:int} IT workers in a labour force of {labourForce:int} ({countShare:pct2}); the estimate uses the stated 0} other {{workers:int} IT workers ÷ {share:pct2} = a labour force of {implied:int} implied, but labourForce is {labourForce:int} ({difference:rel}); the estimate uses the stated {share:pct2} (the counts give {countShare:pct2})}}',
  'check.value-added-exceeds-revenue':
    'ictValueAdded {valueAdded:int} exceeds ictRevenue {revenue:int}: value added is a part of revenue; check both fields and their unit',
  'check.segment-revenue-mismatch':
    'the segments’ revenues add up to {segments:int}, but ictRevenue is {revenue:int} ({difference:rel}); the core uses the segments',
  'check.sectoral-capped':
    'the sectoral share ({raw:pct}) would take the total above 100%: capped at {capped:pct}; a local intensity of {intensity:num}× the nation is outside the range the method was built for',
  'check.unit-suspect':
    '{case, select, revenue {{field} is {ratio:num}× GRDP: are both in the same unit (million vs billion VND)?} per-capita {GRDP per inhabitant comes to {perCapita:int} VND ({grdp:int} {unit:unit} ÷ {population:int}), outside 5 million–2 billion VND: check the unit of grdp and of population} firms-per-capita {{firms:int} firms for {population:int} inhabitants is more than one firm per ten people: is population in thousands?} grdp {GRDP comes to {vnd:int} VND ({grdp:int} {unit:unit}), outside 100 billion–20 million billion VND, a district’s to a nation’s: check the unit of grdp}}',
  'check.implausible-intensity':
    '{case, select, workforce {{value:pct} of the labour force in IT is above {limit:pct}, far above any province’s: is it a percentage, or a share of another total?} density {{value:num} digital firms per 1,000 inhabitants is above {limit:num}, far above any province’s: is the population in thousands, or the firm count of a wider area?} other {the core alone is {value:pct} of GRDP, above {limit:pct}: revenue × ρ overstates value added where ICT revenue is assembly for export; give ictValueAdded if the statistics office publishes it}}',
  'check.core-far-above-nation':
    'the core, ICT revenue × ρ, is {core:pct} of GRDP, {ratio:num} times the nation’s {national:pct}: where ICT revenue is electronics assembly for export, revenue × ρ overstates the value added that stays in the province; give ictValueAdded or ictSegments from the statistics office if you have them',
  'check.published-share-mismatch':
    'the published {published:pct2} ({source}) lies outside the estimate’s 5–95% predictive interval {low:pct}–{high:pct} (point {point:pct})',
  'check.history-conflict':
    '{case, select, swap {{year} appears as {a:pct2} ({sourceA}) and as {b:pct2} ({sourceB}): the same digits in another order, most likely a typing slip} other {{year} appears as {a:pct2} ({sourceA}) and as {b:pct2} ({sourceB})}}',
  'check.frame-mismatch':
    '{case, select, published {the published share is a {theirs} figure but the estimate uses the {ours} frame: the two series are not comparable} history {the history point for {year} is a {theirs} figure but the estimate uses the {ours} frame: the two series are not comparable}}',
  'check.nearest-year-used':
    'no {series, select, nationalShare {national digital-economy share ({frame})} nationalCore {national core (ICT) share ({frame})} nationalPlatform {national platform share ({frame})} nationalFirmDensity {national firm density} nationalItWorkforceShare {national IT workforce share}} for {wanted}: the {used} figure is used',
  'check.locality-not-recognised':
    '“{locality}” is not a province or city in data/localities.json, so {case, select, own {only the input’s own targets apply beside the national ones} other {no local target applies}}: write its name as there (for example “Khánh Hòa” or “Da Nang”) to compare with its {case, select, own {bundled targets too} other {own targets}}',
  'check.precision-not-reached':
    'the Monte Carlo error of the bounds is still ±{error:num4} pts after {draws:int} draws, above the precision asked for (±{precision:num4} pts): give more draws (--draws) or ask for less precision',
  'check.platform-inside-sectoral':
    'platform revenue ({revenue:int}) is given, but the {frame} frame publishes no national platform share: the platform economy stays inside the sectoral part',

  // Estimate report
  'report.title': 'Digital-economy share of GRDP: {locality}, {year} (frame: {frame})',
  'report.summary': 'Summary',
  'report.summary.line':
    'In {year} the digital economy of {locality} is estimated at {point:pct} of GRDP (5–95% predictive interval {low:pct}–{high:pct}) in {frame, select, gso {the statistics office’s value-added series, where the nation stands at {share:pctPub} ({nationalYear})} other {the ministry’s revenue-based series, where the nation stands at {share:pctPub} ({nationalYear})}}; in {other, select, gso {the statistics office’s value-added series, the official indicator} other {the ministry’s revenue-based series}}, the same inputs give {otherPoint:pct} against the nation’s {otherShare:pctPub} ({otherYear}). {target, select, none {Every applicable target is met or past.} other {The nearest open target, {target}, needs {gap} more{growth, select, none {} other {, the share growing {growth} a year}}.}}',
  'report.estimate': 'Estimate',
  'report.estimate.line':
    '{point:pct} of GRDP (median {median:pct}, 5–95% predictive interval {low:pct}–{high:pct}; parameters alone {paramLow:pct}–{paramHigh:pct}; {draws:int} draws, seed {seed}; Monte Carlo error of the bounds ±{mcError} pts)',
  'report.interval.covers':
    'The predictive interval covers the ranges of the parameters and inputs and the method’s own error, estimated from how far published provincial shares have lain from the method ({groups:int} locality-years with inputs; docs/method.md §4); it is not the confidence interval of a survey.',
  'report.components': 'Components',
  'report.core': 'Core (ICT)',
  'report.core.fromRevenue':
    '(ICT revenue {revenue:int} × ρ {rho:num4} = {valueAdded:int}) ÷ GRDP {grdp:int} {unit}',
  'report.core.fromValueAdded': 'ICT value added {valueAdded:int} ÷ GRDP {grdp:int} {unit}',
  'report.core.fromSegments':
    '(Σ segment revenue × its value-added ratio = {valueAdded:int}) ÷ GRDP {grdp:int} {unit}',
  'report.platform': 'Platform',
  'report.platform.inside': 'inside the sectoral part',
  'report.platform.separate': 'platform revenue × ρ ÷ GRDP',
  'report.sectoral': 'Sectoral',
  'report.sectoral.formula':
    'D_n {nationalSectoral:pct} × I_L {intensity:num}^β {beta:num} × (1 − C_L − P_L) ÷ (1 − C_n − P_n)',
  'report.intensity': 'Digital intensity',
  'report.intensity.explain':
    'A location quotient (LQ) is the locality’s figure divided by the nation’s: above 1, digital activity is more concentrated there than in the country. The digital intensity I_L is the geometric mean of the two quotients: how many times the national intensity the locality has.',
  'report.inputs': 'Inputs',
  'report.inputs.density.stated': 'firm density {density:num} per 1,000 as stated',
  'report.inputs.density.derived':
    'firm density from {firms:int} firms ÷ {population:int} inhabitants = {density:num} per 1,000',
  'report.inputs.workforce.stated': 'IT workforce share {share:pct} as stated',
  'report.inputs.workforce.derived':
    'IT workforce share from {workers:int} IT workers ÷ a labour force of {labourForce:int} = {share:pct}',
  'report.intensity.line':
    'IT workforce {workforceShare:pct} ÷ national {nationalWorkforce:pct} = LQ {workforceLQ:num}; firms {firmDensity:num} per 1,000 ÷ national {nationalDensity:num} = LQ {firmsLQ:num}; I_L = √({workforceLQ:num} × {firmsLQ:num}) = {intensity:num}',
  'report.alternatives': 'Alternatives',
  'report.alternatives.line':
    'workforce only {workforce:pct} · firms only {firms:pct} · core scaling {coreScaling:pct}',
  'report.national': 'National averages',
  'report.series.mic': 'The ministry’s revenue-based series (mic)',
  'report.series.gso': 'The statistics office’s value-added series (gso, the official indicator)',
  'report.national.frame':
    '{share:pctPub} in {year}{refs}; in this series the estimate is {point:pct} ({low:pct}–{high:pct}): gap {gap:pts}, ratio {ratio:num}{headline, select, yes {; the headline} other {}}',
  'report.national.why':
    'The two series differ: the ministry’s estimates the digital economy from revenue (tax data), with its platform and sectoral parts; the statistics office measures value added in the national accounts, and its series is the official indicator. The estimate is made in each series from that series’ national figures; the input’s frame chooses the headline.',
  'report.national.line': '{share:pct} ({frame}, {year}): gap {gap:pts}, ratio {ratio:num}',
  'report.published': 'Published',
  'report.published.line': '{share:pct2} ({source})',
  'report.targets': 'Targets',
  'report.targets.header.target': 'Target',
  'report.targets.header.year': 'Year',
  'report.targets.header.level': 'Level',
  'report.targets.header.gap': 'Gap',
  'report.targets.header.growth': 'Growth/yr',
  'report.targets.header.points': 'Pts/yr',
  'report.targets.header.status': 'Status',
  'report.targets.header.projected': 'Trend',
  'report.targets.header.reached': 'Reached',
  'report.targets.status.met': 'met',
  'report.targets.status.open': 'open',
  'report.targets.status.passed': 'passed',
  'report.targets.none': 'no target applies',
  'report.targets.note':
    'Gap = target − estimate; growth/yr = (target ÷ estimate)^(1/years) − 1, the growth of the share itself.',
  'report.targets.note.range':
    'For a range target the table is to its low end, the line below to its high end.',
  'report.targets.metIn': 'met in {year}',
  'report.targets.toHigh.met': 'to the high end: met in {year}',
  'report.targets.toHigh': 'to the high end: gap {gap:pts}, {growth} per year{reached}',
  'report.targets.toHigh.reached': '; reached in {year} at the current pace',
  'report.trajectory': 'Trajectory',
  'report.trajectory.fittedOn': 'Fitted on',
  'report.trajectory.observed': '{year}: {share:pct2}',
  'report.trajectory.line': '{method} trend, {pace} per year; {rule}',
  'report.trajectory.linear': 'linear',
  'report.trajectory.compound': 'compound',
  'report.trajectory.point':
    '{year}: {share:pct}{spread, select, yes { ({low:pct}–{high:pct})} other {}}',
  'report.trajectory.fewPoints':
    '{n, plural, one {*: from # year only} other {*: from # years only}}: the trend is a rough guide, not a forecast.',
  'report.trajectory.beyond':
    '†: after {horizon}, more than twice the span of the history ({first}–{last}) ahead: an extrapolation, not a forecast.',
  'report.sensitivity': 'Sensitivity (one at a time: estimate at the low | high end of each range)',
  'report.checks': 'Checks',
  'report.checks.none': 'no inconsistency found',
  'report.severity.info': 'info',
  'report.severity.warning': 'warning',
  'report.severity.error': 'error',
  'report.parameters': 'Parameters',
  'report.parameters.line': '{label}: {value} (range {low}–{high}){year}; sources: {source}',
  'report.sources': 'Sources',
  'report.sources.line': '{title}. {publisher}, {date}. {url}',
  'report.sources.undated': 'no date',
  'report.sources.noAddress': 'address not kept',
  'report.sources.note':
    'Numbers in brackets in the report refer to this list. A Vietnamese title is the article’s headline as its address spells it, with diacritics restored; a title in brackets describes a source whose address carries none. Every source is in data/sources.json.',
  'report.provenance': 'Provenance',
  'report.provenance.line':
    'method {methodVersion}, data {dataVersion}, package {packageVersion}, seed {seed}, {draws:int} draws',
  'report.na': 'n/a',

  'variable.grdp': 'GRDP',
  'variable.ictRevenue': 'ICT revenue',
  'variable.ictValueAdded': 'ICT value added',
  'variable.platformRevenue': 'platform revenue',
  'variable.ictSegments': 'ICT value added from segments',
  'variable.digitalFirms': 'digital firms',
  'variable.population': 'population',
  'variable.firmsPerThousand': 'firms per 1,000',
  'variable.itWorkers': 'IT workers',
  'variable.labourForce': 'labour force',
  'variable.itWorkforceShare': 'IT workforce share',
  'variable.rho': 'ρ value added ÷ revenue',
  'variable.beta': 'β damping',
  'variable.nationalShare': 'S_n national share',
  'variable.nationalCore': 'C_n national core share',
  'variable.nationalPlatform': 'P_n national platform share',
  'variable.nationalFirmDensity': 'f_n national firm density',
  'variable.nationalItWorkforceShare': 'w_n national IT workforce share',

  // Command-line help
  'help.command.estimate': 'estimate one locality-year’s digital-economy share of GRDP',
  'help.command.scenario':
    'the ICT revenue or IT workforce growth that reaches a target share by a year',
  'help.command.batch':
    'estimate every row of a CSV, Excel or JSON table, ranked, bad rows reported by number',
  'help.command.combine':
    'combine localities into one (a merged province, a region): sums, never averaged shares',
  'help.command.validate':
    'compare the method with published provincial shares; the national self-check; calibration',
  'help.command.schema':
    'print the JSON Schema of the input, for validation in other tools and languages',
  'help.command.init': 'write a commented input template to fill in',
  'help.command.web':
    'write the web calculator: one HTML page that needs no install and no network',
  'help.usage': 'Usage',
  'help.options': 'Options',
  'help.example': 'Example',
  'help.commands': 'Commands',
  'help.more':
    'Run "{name} <command> --help" for a command’s options and an example; --lang vi|fr for the help in Vietnamese or French.',
  'help.exit': 'Exit codes: 0 success, 2 invalid input or usage, 1 internal error.',
  'help.title':
    '{name} {version}: estimate a locality’s digital-economy share of GRDP (docs/method.md)',
  'help.option.format': 'output format: text, markdown, html, json or csv (default text)',
  'help.option.format-xlsx':
    'output format: text, markdown, html, json, csv, or xlsx with --out (default text)',
  'help.option.lang': 'language of reports and messages: en, vi or fr (default en)',
  'help.option.excel':
    'CSV for Excel: a byte-order mark, rounded figures; semicolons and decimal commas with --lang vi or fr',
  'help.option.draws': 'draws of the interval (default {draws:int}; with --precision, the most)',
  'help.option.seed': 'seed of the random numbers, for a reproducible result (default {seed})',
  'help.option.sampler':
    'how the draws are made: sobol (scrambled Sobol points, default) or mc (plain Monte Carlo)',
  'help.option.precision':
    'stop once the Monte Carlo error of every bound is at most this share (0.0005 = 0.05 points); --draws is then the most',
  'help.option.chart': 'also draw the charts into this SVG file (needs vega and vega-lite)',
  'help.option.force': 'overwrite the file named by --out or --chart',
  'help.option.example': 'use a bundled example input instead of a file (da-nang-2024)',
  'help.option.out': 'write the result to this file (required with --format xlsx)',
  'help.option.map': '2025: bring a table of the 63 former provinces onto the 34 before estimating',
  'help.option.decimal-comma': 'read numbers written 39.888,5 whatever the separator',
  'help.option.target': 'target share, a fraction (35% is 0.35)',
  'help.option.by': 'the year to reach it by',
  'help.option.grdp-growth': 'nominal GRDP growth a year, a fraction (10% is 0.1)',
  'help.option.ict-growth': 'ICT revenue growth a year (default: as GRDP)',
  'help.option.workforce-growth': 'IT workforce growth a year (default 0)',
  'help.option.calibrate': 'also fit β and judge the fit out of sample (needs mathjs)',
  'help.option.fit': 'the parameters to fit: beta, rho or beta,rho (default beta)',
  'help.option.locality': 'the name of the combined locality (default: the names joined by " + ")',
  'help.option.into': 'a province of the 34: combine its former parts from the table',
  'help.option.year': 'the year to use (when the table has several)',
  'help.option.init-locality': 'the locality’s name, written into the template',
  'help.option.init-year': 'the year of the figures, written into the template',
  'help.option.init-force': 'overwrite the file if it exists',
  'help.option.web-lang':
    'the language the page opens in: vi, en or fr (default vi; switchable in the page)',
  'help.option.web-out': 'write the page to this file (default: standard output)',
  'help.option.web-force': 'overwrite the file if it exists',
  'help.option.help': 'this help',

  // Scenario report
  'scenario.title':
    'Scenario: {locality}, from {start:pct} in {year} to {target:pct} by {by} ({frame} frame)',
  'scenario.grdp': 'GRDP grows {growth:pct} a year (nominal).',
  'scenario.revenue':
    'ICT revenue must grow {growth:pct} a year (IT workforce growing {held:pct} a year).',
  'scenario.revenue.none': 'Through ICT revenue alone: {reason}.',
  'scenario.workforce':
    'Or the IT workforce must grow {growth:pct} a year, to {share:pct} of the labour force in {by} (ICT revenue growing {held:pct} a year).',
  'scenario.revenue.level':
    'That is {field, select, ictRevenue {ICT revenue} ictValueAdded {ICT value added} other {ICT value added of the segments}} of {by} {unit:unit} in {year}: {multiple}× today’s {today}, and {ofGrdp}× that year’s GRDP ({grdp}).',
  'scenario.revenue.beyond':
    'Warning: beyond anything seen: {case, select, revenue {the nation’s whole ICT sector, every electronics-assembly hub included, earns {seen}× GDP ({seenYear})} other {a core above {seen} of GRDP is implausible (docs/method.md §6)}}.',
  'scenario.workforce.level':
    '{workers, select, none {Today: {today:pct} of the labour force.} other {That is {workers} IT workers in {by}, against {todayWorkers} today.}}',
  'scenario.workforce.beyond':
    'Warning: beyond anything plausible, more than {limit:pct} of the labour force in IT (docs/method.md §6).',
  'scenario.projected':
    '{given, select, yes {At the rates given (ICT revenue {ict:pct} a year, IT workforce {workforce:pct} a year)} other {With ICT revenue growing like GRDP ({ict:pct} a year) and the IT workforce held}} the share would be {share:pct} in {by}: {case, select, short {{gap} short of the target} other {the target met, {gap} above it}}.',
  'scenario.workforce.none': 'Through the IT workforce alone: {reason}.',
  'scenario.path': 'Path, ICT revenue growing {growth:pct} a year:',
  'scenario.held':
    'Held at their {year} levels: firm density, labour force and the national reference ({frame} {nationalYear}: {national:pct}); parameters at their default values.',

  // Batch report
  'batch.title':
    'Digital-economy share of GRDP: {count, plural, one {# locality} other {# localities}}, ranked',
  'batch.header.rank': 'Rank',
  'batch.header.row': 'Row',
  'batch.header.locality': 'Locality',
  'batch.header.year': 'Year',
  'batch.header.frame': 'Frame',
  'batch.header.share': 'Share',
  'batch.header.interval': '5–95%',
  'batch.header.national': 'National',
  'batch.header.gap': 'Gap',
  'batch.header.checks': 'Checks',
  'batch.errors': 'Rows not estimated ({count:int}):',
  'batch.unranked':
    '– not ranked: a share that was capped, or whose figures a check finds in a suspect unit, beyond any province’s or overstated by assembly revenue, is not ranked as a measurement (see its checks).',
  'batch.error': 'row {row}: {message}',

  // Validation report
  'validate.title':
    'Validation against published provincial shares (estimates at the default parameters)',
  'validate.header.published': 'Published',
  'validate.header.estimate': 'Estimate',
  'validate.header.error': 'Error',
  'validate.header.source': 'Source',
  'validate.alternate': '(alternate)',
  'validate.summary':
    'Summary ({frame}): {n, plural, one {# row} other {# rows}}, mean absolute error {mae}, bias {bias}, Spearman {spearman}; coverage of the 5–95% predictive interval {coverage} (mean width {width}), of the parameter interval {paramCoverage} (mean width {paramWidth})',
  'validate.header.parameters': 'Parameters alone',
  'validate.methodError':
    'Method error of the predictive interval: scale {scale} on the log-odds (revision spread τ {tau}, method error σ_m {sigma}), Student t with {df:int} degrees of freedom, from {figures:int} published figures in {groups:int} locality-years (docs/method.md §4).',
  'validate.loo':
    'Leave-one-out (each locality-year held out, the method error estimated from the others): {figures:int} published figures, {coverage} inside the 5–95% predictive interval ({primary} of the primary figures), mean width {width}; parameter interval: {paramCoverage}, mean width {paramWidth}.',
  'validate.loo.none': 'Leave-one-out: needs two locality-years with inputs or more.',
  'validate.summary.none': 'Summary ({frame}): {reason}',
  'validate.national': 'National self-check (the nation estimated as a locality):',
  'validate.national.line':
    '{frame} {year}: published {published:pct2}, estimated {estimate:pct2} ({error})',
  'validate.lacking': 'Published shares without sourced inputs ({count:int}):',
  'validate.lacking.line':
    '{locality} {year} ({frame}, {published:pct2}): found {found}; missing {missing}',
  'validate.nothing': 'nothing',
  'validate.segments': 'Electronics-assembly provinces:',
  'validate.segments.untested':
    'none has sourced inputs, and no segment value-added ratio (hardware vs software and services) was found, so whether segment ratios help cannot be shown on the bundled data; the method supports them (ictSegments) for users who have them.',
  'validate.calibration':
    'Calibration of {names} on {n, plural, one {# row} other {# rows}}: {values}. Leave-one-out mean absolute error {loo}, against {defaults} at the default values: {decision}.',
  'validate.calibration.keep': 'the defaults stay',
  'validate.calibration.change': 'the calibrated values forecast better out of sample',
  'validate.se': 's.e.',

  // Charts
  'chart.trajectory.title': '{locality}: digital-economy share of GRDP and targets',
  'chart.year': 'Year',
  'chart.share': 'Share of GRDP',
  'chart.published': 'published',
  'chart.estimate': 'this estimate (5–95%)',
  'chart.projection': '{method} trend (5–95%)',
  'chart.components.title': 'Components of the share: {locality} and the nation ({frame}, {year})',
  'chart.nation': 'Nation',
  'chart.component': 'Component',
  'chart.tornado.title': 'Sensitivity: the estimate at each end of a range',
  'chart.tornado.estimate': 'Estimate at the low and high end',
  'chart.scenario.title': '{locality}: path to {target:pct} by {by}',
  'chart.scenario.path': 'ICT revenue +{growth:pct} a year, GRDP +{grdp:pct}',
  'chart.scenario.target': 'target',

  // Reasons: why a figure is null, or why a rule chose what it chose
  'reason.target-year-now': 'the target year is the estimate year',
  'reason.target-year-passed': 'the target year is already past',
  'reason.share-zero': 'a growth rate from a share of 0 (or this close to 0) is undefined',
  'reason.trend-not-rising': 'the trend is flat or falling',
  'reason.not-before': 'not before {year}',
  'reason.reached-anyway-revenue': 'reached by {by} even if ICT revenue falls 99% a year',
  'reason.reached-anyway-workforce': 'reached by {by} even if IT workers fall 99% a year',
  'reason.not-reachable-revenue': 'not reachable: even 10,000% a year gives {share:pct}',
  'reason.not-reachable-workforce-all':
    'not reachable: even with every worker in IT the share is {share:pct}',
  'reason.not-reachable-workforce-growth':
    'not reachable: even with 10,000% growth a year the share is {share:pct}',
  'reason.no-it-workers': 'there are no IT workers to grow',
  'reason.trend-few-years': 'fewer than three years: linear trend, no interval',
  'reason.trend-zero-share': 'a share of 0 in the history rules out a compound trend: linear',
  'reason.trend-compound-better':
    'compound trend forecast the history better (one-step-ahead squared error: linear {linear}, compound {compound})',
  'reason.trend-linear-better':
    'linear trend forecast the history at least as well (one-step-ahead squared error: linear {linear}, compound {compound})',
  'reason.platform-none':
    'no platform revenue given: the platform economy stays inside the sectoral part, as in both national series',
  'reason.platform-no-national':
    'platform revenue given, but the {frame} frame publishes no national platform share: it stays inside the sectoral part, as in both national series',
  'reason.platform-separate':
    'platform revenue given and the {frame} frame publishes a national platform share',
  'reason.no-rows': 'no published share has inputs',
  'reason.spearman-few-rows': 'a rank correlation needs three rows or more ({n})',
  'reason.no-standard-error': 'no more rows ({n}) than parameters ({p}): no standard error',
  'reason.singular':
    'the parameters cannot be told apart by these rows (singular JᵀJ): no standard error',

  'target.label.shared': '{names}: {level} by {year}',
  'target.name.national': 'National',
  'target.label.national': 'National: {level} of GDP by {year}',
  'target.label.local': '{locality}: {level} of GRDP by {year}',

  'unit.vnd': 'VND',
  'unit.thousand-vnd': 'thousand VND',
  'unit.million-vnd': 'million VND',
  'unit.billion-vnd': 'billion VND',
  'unit.trillion-vnd': 'trillion VND',

  'table.component': 'Component',
  'table.how': 'How',
  'table.factor': 'Factor',
  'table.range': 'Range',
  'table.atLow': 'At the low end',
  'table.atHigh': 'At the high end',
  'table.swing': 'Swing',

  // Input errors (InputError): the parts of each issue
  'error.line': '{path}: expected {expected}, received {received}',
  'error.line.hint': '{path}: expected {expected}, received {received}; {hint}',
  'error.more': ' ({count} more: {paths})',
  'error.noun.number': 'a number',
  'error.noun.whole': 'a whole number',
  'error.expected.fraction': 'a fraction from 0 to 1',
  'error.expected.between': '{noun} from {min:bound} to {max:bound}',
  'error.expected.bounded': '{noun} {bounds}',
  'error.bound.min': '≥ {value:bound}',
  'error.bound.above': '> {value:bound}',
  'error.bound.max': '≤ {value:bound}',
  'error.bound.below': '< {value:bound}',
  'error.bound.and': '{a} and {b}',
  'error.expected.described': '{expected} ({description})',
  'error.expected.object': 'an object',
  'error.expected.text': 'text',
  'error.expected.list': 'a list',
  'error.expected.boolean': 'true or false',
  'error.expected.locality-object': 'an object with the fields of one locality-year',
  'error.expected.non-empty-text': 'non-empty text',
  'error.expected.non-empty-list': 'a non-empty list',
  'error.expected.list-min': 'a list of at least {min} items',
  'error.expected.one-of': 'one of {options}',
  'error.expected.known-field': 'a known field',
  'error.expected.range-order': 'low ≤ value ≤ high',
  'error.expected.either': '{a} or {b}',
  'error.expected.ratio-or-pair': '{ratio}, or {count} with {denominator}',
  'error.expected.count-for': '{count}, to divide by {denominator}',
  'error.received.missing': 'nothing (the field is missing)',
  'error.received.null': 'null',
  'error.received.nan': 'NaN',
  'error.received.infinity': '{sign}Infinity',
  'error.received.number': '{value} (number)',
  'error.received.text': '{value} (string)',
  'error.received.boolean': '{value} (boolean)',
  'error.received.list': '{count, plural, one {a list of # item} other {a list of # items}}',
  'error.received.empty-object': 'an empty object',
  'error.received.object': 'an object with {keys}',
  'error.received.other': '{value} ({type})',
  'error.received.unknown-field': 'an unknown field {name}',
  'error.received.neither': 'neither',
  'error.received.range': 'value {value}, low {low}, high {high}',
  'error.hint.percent': 'shares are fractions, not percentages: did you mean {value}?',
  'error.hint.denominator-grdp':
    'GRDP is the denominator of every share and cannot be 0: give GRDP at current prices',
  'error.hint.denominator-population':
    'a population of 0 cannot divide the firm count: give the number of inhabitants, or give firmsPerThousand instead',
  'error.hint.denominator-labourForce':
    'a labour force of 0 cannot divide the IT workers: give the number of people in the labour force, or give itWorkforceShare instead',
  'error.hint.negative': 'it cannot be negative: check the sign',
  'error.hint.year': 'give the calendar year, e.g. 2024',
  'error.hint.density': 'give firms per 1,000 inhabitants, e.g. 2.35',
  'error.hint.not-finite':
    'the value is not a finite number: check the calculation or cell that produced it',
  'error.hint.whole': 'a count is a whole number: round it ({rounded}) or check the column',
  'error.hint.separators':
    'write numbers without quotes or thousands separators ({text} is {digits} if the separators group thousands)',
  'error.hint.percent-text': 'write it as a fraction, without quotes: {value}',
  'error.hint.quoted-number': 'write the number without quotes: {value}',
  'error.hint.list-for-one':
    'estimate takes one locality-year: use the batch command (or estimateBatch) for a list',
  'error.hint.did-you-mean': 'did you mean {name}?',
  'error.hint.unknown-field': 'remove it, or see the input schema for the field names',
  'error.hint.add-field': 'add {name}',
  'error.hint.null':
    'fill in the figure (the template has null where one is needed), or remove the field if it is optional',
  'error.hint.range-order': 'correct or swap the bounds',
  'error.hint.either-core':
    "give the ICT sector's revenue (ictRevenue), its value added (ictValueAdded) or its revenue by segment (ictSegments)",
  'error.hint.either-density':
    'give digital firms per 1,000 inhabitants (firmsPerThousand), or the number of digital firms (digitalFirms) and of inhabitants (population)',
  'error.hint.either-workforce':
    'give the IT workers as a fraction of the labour force (itWorkforceShare), or the number of IT workers (itWorkers) and the labour force (labourForce)',
  'error.hint.count-or-ratio': 'give {count}, or give {ratio} instead of {denominator}',
  'error.hint.usage': 'usage: {usage}',
  'error.hint.run-help': 'run {command} --help',
  'error.expected.same-year': 'the same year as inputs[0] ({year})',
  'error.hint.one-year': 'combine figures of one year',
  'error.expected.same-frame': 'the same frame as inputs[0] ({frame})',
  'error.expected.same-unit': 'the same money unit as inputs[0] ({unit})',
  'error.hint.one-unit': 'convert the money fields to one unit first',
  'error.expected.all-or-none': '{field} for every locality, or for none',
  'error.hint.partial-sum': 'a sum over some localities only would be too small',
  'error.expected.weight-for-ratio': '{denominator} or {count} beside {ratio}',
  'error.received.ratio-alone': 'a ratio alone (it cannot be weighted when localities are summed)',
  'error.hint.give-for': 'give {field} for {locality}',
  'error.expected.year-from': 'a year from {year} to {max}',
  'error.expected.year-after': 'a year after the input year {year}',
  'error.hint.target-ahead': 'a target year must lie ahead',
  'error.expected.package':
    'the {count, plural, one {package} other {packages}} {packages}, which {feature} needs',
  'error.received.not-installed': 'not installed',
  'error.hint.install': 'install {count, plural, one {it} other {them}}: {command}',
  'error.expected.options-object': 'an object of options ({options}), or nothing',
  'error.expected.known-option': 'one of the options {options}',
  'error.received.unknown-option': 'an unknown option {name}',
  'error.expected.text-argument': 'a text',
  'error.expected.csv-text': 'a CSV text with a header row',
  'error.expected.trajectory': 'a trajectory (the result of projectTrajectory)',
  'error.received.symlink': 'a symbolic link',
  'error.hint.no-symlink':
    'give the path of a regular file; a chart or a template is never written through a link',
  'error.expected.at-most': 'at most {whole} ({limit:int})',
  'error.hint.workers-exceed':
    'IT workers are part of the labour force, so there cannot be more of them: is {whole} in thousands, or the count of another area?',
  'error.hint.firms-exceed':
    'there cannot be more firms than inhabitants: is {whole} in thousands?',
  'error.expected.core-below-grdp': 'a core value added below GRDP ({grdp:int})',
  'error.received.core-value-added': '{valueAdded:int}, {ratio:pct} of GRDP',
  'error.hint.core-from-revenue':
    'revenue × ρ cannot reach GRDP: check that ictRevenue and grdp are in the same unit, or, where assembly revenue far exceeds local value added, give ictValueAdded instead',
  'error.hint.core-unit': 'value added is a part of GRDP: check that both are in the same unit',
  'error.expected.magnitude-max': 'a plausible figure, at most {limit:bound}',
  'error.expected.magnitude-min': 'a plausible figure, at least {limit:bound}',
  'error.hint.magnitude': 'no locality comes near this: check the unit of the field (and of GRDP)',
  'error.expected.year-up-to': 'a year up to {year}, the year of the estimate',
  'error.hint.history-after':
    'the history holds earlier years; put a later figure in a later input',
  'error.expected.unique-keys': 'JSON whose objects name each key once',
  'error.received.duplicate-key': 'the key {key} a second time at line {line}, column {column}',
  'error.hint.duplicate-key': 'JSON keeps only the last of two equal keys: remove one of them',
  'error.hint.json-number': 'JSON has no NaN or Infinity: write a number, or leave the field out',
  'error.received.not-utf8': 'a file in UTF-16 or a binary file, not UTF-8 text',
  'error.hint.save-utf8': 'save it as UTF-8 (in Excel: "CSV UTF-8"; in an editor: encoding UTF-8)',
  'error.expected.closed-quote': 'every quoted cell closed by a quote',
  'error.received.unclosed-quote': 'a quote that opens here and never closes',
  'error.hint.unclosed-quote': 'close the quote: an unclosed quote swallows every row after it',
  'error.expected.column-name': 'a column name',
  'error.received.empty-header': 'an empty header cell',
  'error.expected.unique-column': 'each column once',
  'error.received.repeated-column': 'the same column a second time',
  'error.hint.repeated-column': 'remove or rename one of the two columns',
  'error.expected.cells-per-row':
    '{count, plural, one {# cell} other {# cells}}, as many as the header',
  'error.received.cells': '{count, plural, one {# cell} other {# cells}}',
  'error.hint.ragged-row':
    'a cell too many or too few: check for a comma inside a number or name (quote it), or a missing value',
  'error.expected.list-max': 'a list of at most {max:int} items',
  'error.hint.list-max': 'a history is the yearly shares of one locality: keep one point a year',
  'error.received.too-large': 'a file of {size:int} characters',
  'error.hint.split-file': 'the limit is {limit:int} characters: split the file',
  'error.expected.moving-parameters': 'parameters that move the fitted rows',
  'error.received.unused-parameter': '{name}, which none of the rows depends on',
  'error.hint.rho-unused': 'ρ has no effect when every row gives ictValueAdded or ictSegments',
  'error.expected.known-column': 'a known column',
  'error.received.unknown-column': 'an unknown column',
  'error.hint.documented-columns': 'see the documented columns (docs/method.md §2)',
  'error.expected.header-row': 'a header row naming the columns',
  'error.received.no-locality-column': 'no locality column',
  'error.hint.header-first': 'the first line must name the columns',
  'error.expected.national-share-above':
    'a national share above the national core and platform shares ({value})',
  'error.hint.national-sectoral':
    'the national sectoral share S_n − C_n − P_n must be positive: check the overrides',
  'error.expected.locality-rows': 'a list of locality-year objects',
  'cli.write-error':
    'digital-economy-share: cannot write the output ({reason}); check the free disk space and where the output goes',
  'error.internal': 'internal error: {why}; this is a bug, please report it with the input',
  'error.expected.options': 'options among {options}, each with a value',
  'error.expected.a-value': 'a value',
  'error.received.missing-option': 'nothing (the option is missing)',
  'error.expected.input-file': 'the path of an input JSON file',
  'error.received.nothing': 'nothing',
  'error.expected.one-file': 'one input file',
  'error.received.paths': '{count, plural, one {# path} other {# paths}}',
  'error.hint.use-batch': 'use the batch command for many localities',
  'error.expected.readable-table': 'a readable CSV or JSON file',
  'error.expected.readable-json': 'a readable JSON file',
  'error.received.unreadable': 'a path that cannot be read ({reason})',
  'error.hint.check-path': 'check the path and the file name',
  'error.expected.valid-json': 'valid JSON',
  'error.received.empty-file': 'an empty file',
  'error.received.invalid-json': 'text that is not valid JSON ({detail})',
  'error.received.invalid-json-at':
    'text that is not valid JSON at line {line}, column {column} ({detail})',
  'error.hint.json-syntax':
    'check commas, quotes and brackets; numbers are written without thousands separators',
  'error.expected.svg-name': 'a file name ending in .svg',
  'error.hint.write-as': 'write it as {name}',
  'error.expected.writable': 'a path where a file can be written',
  'error.received.unwritable': 'a path that cannot be written ({reason})',
  'error.received.path-reason': '{path} ({reason})',
  'error.hint.folder-exists': 'check that the folder exists',
  'error.expected.new-file': 'a file that does not exist yet',
  'error.received.existing-file': 'an existing file',
  'error.hint.force': 'choose another name, or add --force to overwrite it',
  'error.expected.locality-list': 'a JSON list of locality-year objects',
  'error.expected.some-rows': 'at least one row of a locality-year',
  'error.received.no-rows': 'a table with no rows',
  'error.hint.add-rows':
    'add one row per locality-year under the header (is it the right file or sheet?)',
  'error.hint.decimal-comma': 'write the decimal separator as a point: {value}',
  'error.hint.use-estimate': 'for one locality use the estimate command',
  'error.expected.no-file-validate': 'no file: validate uses the bundled data/validation.json',
  'error.expected.map-year': '2025, the map of the 34 provinces of 1 July 2025',
  'error.expected.two-files': 'two input files or more',
  'error.expected.no-file': 'no file argument',
  'error.expected.current-province': 'a province or city of the 34 since 1 July 2025',
  'error.received.merged-province': '{name}, which joined {into} on 1 July 2025',
  'error.expected.rows-of': 'rows of the former provinces that form {province} ({parts})',
  'error.expected.one-year': 'one year',
  'error.received.years': 'rows of several years ({years})',
  'error.hint.give-year': 'name the year with --year',
  'error.hint.into-new': 'combine into {into}, the province it joined',
  'error.received.no-part-rows': 'a table with none of their rows (for this year)',
  'error.expected.target-high': 'a high end at or above the low end {low}',
  'error.hint.target-order': 'a range target is written { "low": 0.35, "high": 0.4 }, low first',
  'error.expected.xlsx': 'an Excel workbook (.xlsx)',
  'error.received.not-xlsx': 'a file that cannot be read as one ({reason})',
  'error.hint.save-as-xlsx': 'save it from Excel as “Excel Workbook (*.xlsx)”, or as CSV UTF-8',
  'error.expected.xlsx-out': 'a file to write the workbook to',
  'error.hint.xlsx-out': 'an .xlsx workbook is not text: add --out results.xlsx',
  'error.expected.one-row': 'one row (one locality-year)',
  'error.received.rows': '{count, plural, one {# row} other {# rows}}',
  'error.expected.former-province':
    'a province or city of data/localities.json (the 63 before 1 July 2025, or the 34 since)',
  'error.received.unknown-province': '“{name}”, which is none of them',
  'error.hint.province-name':
    'write its name as there (for example “Quảng Nam” or “Bà Rịa – Vũng Tàu”)',
  'error.expected.one-row-per-part': 'one row per former province, year, frame and unit',
  'error.received.repeated-part': '{name} in rows {rows}',
  'error.expected.every-part': 'every former province that forms {province} ({parts})',
  'error.received.missing-parts': 'a table without {missing}',
  'error.hint.add-parts':
    'add the missing rows with the same year, frame and unit, or leave out the map to estimate the former provinces as they were',
  'error.expected.no-argument': 'no argument',

  'punctuation.label': '{label}: {text}',
  'punctuation.list': '; ',
} as const;
