# Ketenkompas — texts of the reports (English). The same keys as nl.ftl.

## General
word-yes = yes
word-no = no
cell-empty = –
contents = Contents
footer = Page { $page } of { $pages }
status-overdue = { $what }, overdue

## Cover and headers
yearly-title = Yearly due diligence report
cover-year = reporting year { $year }
cover-kvk = Chamber of Commerce number { $kvk }
cover-made = Made on { $date } from the dossier as it stood then.
cover-closed = The year was closed on { $date }. This report comes from the content recorded at that moment.
cover-method = Built along the six steps of due diligence in the OECD Guidelines for Multinational Enterprises.
header-yearly = { $company } · Yearly due diligence report { $year }
header-plan = { $company } · Action plan { $year }
header-public = { $company } · Accounting for our supply chain { $year }
plan-exit = Leaving responsibly, “{ $what }”: the questions the company answers before the relationship ends.
plan-exit-open = (still open)
plan-escalation = According to the latest progress this measure does not work (well enough): { $what }. Time for a next step; the first that fits comes first:
plan-escalation-own = It is the company's own measure: it needs to change, so that the company's own part in the harm really stops.
plan-heading = Action plan { $year } of { $company }
public-heading = How { $company } worked on a responsible supply chain in { $year }

## Chapters of the yearly report
ch-glance = The year at a glance
ch-about = About this report
ch-step1 = Step 1 · Policy and management
ch-step2 = Step 2 · Risks mapped and ranked
ch-step3 = Step 3 · Measures
ch-step4 = Step 4 · Progress and results
ch-step5 = Step 5 · Communication
ch-step6 = Step 6 · Remediation
ch-review = Dilemmas and what did not work
ch-next = Plans for next year
annex-method = Annex A · Method
annex-sources = Annex B · Sources used
annex-frameworks = Annex C · Index to reporting frameworks

## About this report
about-sectors = Sector: { $what }
about-employees = Employees: { $employees }
about-size = Size: { $size }
about-countries = Own sites in: { $what }
about-initiatives = Takes part in: { $what }
about-approach-title = Approach
about-approach = This report describes what the company did in { $year } to find, prevent and reduce harm to people and the environment in its supply chain. Each chapter follows one step of the cycle. Where nothing was recorded, the report says so.
about-figures = The year in figures
fig-suppliers = Active suppliers
fig-risks = Risks recorded
fig-prioritised = Risks being addressed
fig-actions = Measures
fig-done = Measures completed
fig-kpis = Measured targets (KPIs)

## Step 1
step1-intro = Due diligence starts with a policy that management stands behind and that has a place in the company: who does what, with which budget, and how staff and suppliers learn about it.
step1-policy = Policy
step1-roles = Roles in the company
step1-roles-none = No roles or responsible persons per department have been recorded.
step1-roles-not-applicable = Not applicable to our company: { $list }.
step1-communication = Communication and training this year
step1-communication-none = No communication or training about the policy was recorded this year.
step1-coc = Of the { $total } active suppliers, { $done } signed the code of conduct; { $count } received it but have not signed yet.
step1-means = Time, money and skills
step1-means-none = It has not been recorded how much time, money and expertise is available for this work.
means-budget = Budget per year: { $budget }
means-hours = Hours per year: { $count }
means-commitment = Commitment of management: { $what }
means-skills = Knowledge and skills: { $what }
policy-none = No policy has been recorded yet.
policy-version = Current version: { $name }, adopted on { $date }.
policy-approved-by = Adopted by { $name }.
policy-published = Published: { $what } ({ $date }).
policy-not-published = The policy has not been made public.
policy-next-review = Next review planned for { $date }.
policy-elements = The policy covers { $count } of the { $total } elements the guidelines expect of a good policy:
policy-themes = Themes the policy names: { $what }.
policy-no-themes = The policy names no themes.

## Step 2
step2-intro = The company maps its supply chains, looks for where people and the environment may be harmed, and decides which risks come first: the most severe and most likely go ahead.
step2-chains = Supply chains
step2-risks = Risks and their order
chains-none = No supply chains have been mapped yet.
chains-aggregate = The company mapped { $count } supply chains, with links in { $n } countries.
chains-unknown-origin = { $count ->
        [one] For 1 chain the origin is still partly unknown.
       *[other] For { $count } chains the origin is still partly unknown.
    }
origin-partly-unknown = origin partly unknown
suppliers-none = No active suppliers have been recorded.
suppliers-summary = { $count } active suppliers in { $n } countries, of which { $done } further up the chain than the direct suppliers. The countries with the most suppliers:
risks-none = No risks have been recorded yet.
risks-summary = { $total } risks are recorded; { $count } of them are assessed for severity and likelihood and { $n } are being addressed. The map counts the assessed risks per combination of severity and likelihood.
heat-severity = Severity
heat-likelihood = Likelihood
risk-actual = { $name } (happening)
risks-why = Why this order
risks-why-intro = The method puts the most severe impacts first and then looks at likelihood; so the table follows the map from its top row down, and within a row from right to left. Each risk being addressed says why it stands where it does.
risk-confirmed = confirmed deliberately, against the method's order
risks-deferred = Deliberately deferred
risk-deferred-why-until = { $name }: { $reason } (to be reviewed on { $date })
risk-deferred-why = { $name }: { $reason }
risk-deferred-until = { $name } (to be reviewed on { $date })
risks-unassessed = { $count ->
        [one] Not yet assessed: 1 risk. It is not in the table.
       *[other] Not yet assessed: { $count } risks. They are not in the table.
    }

## Step 3
step3-intro = For each risk being addressed the company records measures that fit its role: stop what it causes itself, end its contribution, and use its leverage where the harm lies with someone else.
step3-plan = The action plan
step3-budget = Budgeted for the measures together: { $budget }.
step3-unplanned = Risks being addressed without a measure
step3-practices = Own purchasing practices
step3-practices-none = The company's own purchasing practices have not been reviewed yet.
step3-practices-summary = Own purchasing practices were reviewed for { $count } suppliers; { $done } good practices are already applied.
actions-none = No measures have been recorded yet.
actions-summary = { $total } measures in all, of which { $done } completed and { $count } overdue.

## Step 4
step4-intro = The company tracks whether the measures work: with measurable targets, with progress per measure, and with audits and visits.
step4-kpis = Targets and measurements
step4-results = Do the measures work?
step4-surveys = Supplier questionnaires
public-surveys = What suppliers told us themselves
surveys-none = No questionnaire round among suppliers was held this year.
surveys-summary = { $count ->
        [one] The company asked 1 supplier to fill in a questionnaire
       *[other] The company asked { $count } suppliers to fill in a questionnaire
    }; { $done } came back filled in{ $n ->
        [0] .
       *[other] , { $n } had not come back by the date asked.
    }
surveys-no-flags = None of the returned questionnaires raised a red flag.
surveys-flags = { $count ->
        [one] 1 returned questionnaire raised at least one red flag:
       *[other] { $count } returned questionnaires raised at least one red flag:
    }
surveys-flag-line = { $what }: { $count ->
        [one] 1 supplier
       *[other] { $count } suppliers
    }
surveys-area = { $what } (average { $count }%)
surveys-weakest = The lowest average scores: { $what }.
step4-audits = Audits and visits this year
step4-audits-none = No audits or visits were recorded this year.
step4-cap = Open corrective actions from audits: { $count }; completed this year: { $done }.
step4-agreements = Did we keep our purchasing agreements?
step4-agreements-none = This year no supplier relationship was checked for whether we kept our own purchasing agreements.
step4-agreements-summary = For { $count } suppliers we checked whether we paid on time, changed no orders late and followed up the code of conduct. For { $done } everything was kept; for { $n } at least one agreement was not kept.
step4-agreements-trend = Compared with the check before, it went better for { $from } and worse for { $to }.
audit-score = score { $count } out of 100
step4-context = What happened in the countries and chains
step4-context-none = No events in countries or chains were noted.
kpis-none = No measurable targets have been recorded yet.
kpi-not-measured = not yet measured
kpi-target-line = target { $value } { $unit }
kpi-chart = { $name } ({ $unit })
results-none = For no measure has it been judged yet whether it works.
result-line = { $name }: { $what } (evidence files: { $count })

## Steps 5 and 6
step5-intro = The company tells what it does and what it runs into, to those it affects and to those who want to know.
step5-external = { $count ->
        [one] One moment of external communication about the policy was recorded this year.
       *[other] { $count } moments of external communication about the policy were recorded this year.
    }
step5-external-none = No external communication was recorded this year.
step5-policy-public = The policy is public at: { $what }.
step6-intro = Where the company caused or contributed to harm, it should provide for or take part in remedy. Where the harm is linked to the company only through a business partner, it uses its leverage.
step6-impact = { $name }: { $what } Measures: { $count }.
step6-no-impacts = No harm that is happening now has been recorded.
remedy-provide-full = the company causes the harm and provides for full remedy itself.
remedy-share-of-remedy = the company contributes and takes its share of the remedy.
remedy-use-leverage = the harm is linked to the company through a business partner; the company uses its leverage.
remedy-unknown = the company's role has not been determined yet.

## Looking back and ahead
review-dilemmas = Dilemmas
review-dilemmas-none = No dilemmas have been described for this year.
review-not-worked = What did not work
review-not-worked-none = It has not been described for this year what did not work.
review-next-year-none = No plans for next year have been described yet.
next-actions = Measures due in { $year } or already overdue:
next-action = { $name } (by { $date })

## Action plan
plan-intro = Per risk being addressed, in order of priority: what happens, who leads it, what it costs and when it must be done.
plan-count = { $total } measures, of which { $count } are under way or planned.
plan-overdue = Overdue: { $count }.
plan-budget = Total budgeted: { $budget }.
plan-no-priorities = No risks have been chosen to be addressed yet.
plan-scores = severity { $severity }, likelihood { $likelihood }
plan-risk-no-actions = No measure has been recorded for this risk yet.
plan-measure = Approach: { $what }
plan-goal = Goal: { $what }
plan-other = Measures for other risks

## Communication report
public-intro = This report tells how { $company } dealt with the risks to people and the environment in its supply chain in { $year }: what we found, what we did, what worked and what did not.
public-initiatives = { $company } takes part in: { $what }.
public-policy = Our policy
public-chains = Our supply chains
public-risks = The risks we address, and why
public-measures = What we did
public-results = What it achieved
public-review = Dilemmas and what did not work
public-grievances = Reports and complaints
public-next = What we will do next year
public-withheld = { $count ->
        [one] To protect people, this report leaves out one item marked as sensitive.
       *[other] To protect people, this report leaves out { $count } items marked as sensitive.
    }

## Annexes
method-1 = Risks are assessed on four scales from 1 to 5: how grave the harm is, how many people it affects, how hard it is to remedy, and how likely it is. Severity is the highest of the first three.
method-2 = The order follows severity first and only then likelihood, as the OECD guidance asks. Harm that is already happening counts as certain. At equal severity the sum of the three severity scales decides.
method-3 = Whoever deliberately changes the calculated order records the reason; that reason is shown with the risk.
method-4 = Country and product risks come from public sources (annex B). They point to where risks can be expected; what really happens at a supplier only shows from enquiry and conversation.
sources-intro = Ketenkompas uses only public data with a known publisher. Every figure comes with a source and a year.
frameworks-intro = This table shows per chapter which parts of three reporting frameworks it answers: the UN Guiding Principles Reporting Framework, the voluntary standard for SMEs (VSME) and ESRS S2 on workers in the value chain.
frameworks-note = The index is an aid, not a statement that a framework has been met.

## Columns
col-element = Element
col-covered = Covered
col-chain = Chain
col-kind = Kind
col-result = Result
col-suppliers = Suppliers
col-countries = Countries
col-mapped = Mapped
col-score = Severity × likelihood
col-measures = Measures
col-rank = No.
col-risk = Risk
col-theme = Theme
col-country = Country
col-sev-lik = Severity / likelihood
col-decision = Decision
col-action = Measure
col-owner = Lead
col-budget = Budget
col-deadline = Due
col-status = Status
col-kpi = Target
col-baseline = Baseline
col-latest = Latest
col-target = Target value
col-department = Department
col-role = Role
col-responsible = Responsible
col-date = Date
col-audience = For
col-what = What
col-reached = Reached
col-auditor = Carried out by
col-dataset = Data
col-publisher = Publisher
col-year = Year
col-licence = Licence
col-chapter = Chapter
col-ungp = UNGP Reporting Framework
col-vsme = VSME
col-esrs = ESRS S2

## File names
file-yearly = Due diligence report { $year } - { $company }
file-plan = Action plan { $year } - { $company }
file-public = Communication report { $year } - { $company }
file-suppliers = Suppliers - { $company }
file-grievances = Grievance register - { $company }
file-risks = Risk register - { $company }
file-actions = Actions - { $company }
file-kpis = KPI measurements - { $company }
file-chain = Chains - { $company }
file-audits = Audits and visits - { $company }
file-cap-items = Corrective action plan items - { $company }
file-certifications = Certificates - { $company }
file-context = Context log - { $company }
file-communications = Communication log - { $company }
file-stakeholders = Stakeholders - { $company }
file-engagements = Stakeholder engagements - { $company }
file-remedies = Remedies - { $company }
file-departments = Departments - { $company }
file-policy-communications = Policy communication - { $company }
file-updates = Progress on actions - { $company }
file-sold-items = Products sold - { $company }
file-practices = Purchasing practices - { $company }
file-policy-versions = Policy versions - { $company }
file-suggestion-answers = Answered risk suggestions - { $company }

## Stakeholders
step5-engagement = Engagement with stakeholders
public-engagement = Whom we talked with
engagement-none = No engagement with stakeholders was recorded this year.
engagement-summary = { $count ->
        [one] One engagement with a stakeholder was recorded this year; for { $done } it is recorded what the company did with the input.
       *[other] { $count } engagements with stakeholders were recorded this year; for { $done } of them it is recorded what the company did with the input.
    }
engagement-by-kind = Engagements per kind of stakeholder: { $what }.
engagement-open = not yet followed up
col-stakeholder = Stakeholder
col-step = Step
col-said = Topic and input
col-follow-up = What the company did with it

step5-log = { $count ->
        [one] 1 communication about the approach was recorded this year; { $external } of them outside the company.
       *[other] { $count } communications about the approach were recorded this year; { $external } of them outside the company.
    }
step5-log-none = No communication about the approach was recorded this year.
step5-log-title = What the company told whom, and how
col-channel = Channel
col-content = Content
step6-mechanism = The grievance mechanism
step6-mechanism-none = The company has not yet described its grievance mechanism.
step6-deadlines = Receipt of a grievance is acknowledged within { $ack } days; a decision follows within { $decide } days of receipt.
step6-criteria = How the mechanism does on the ten criteria, in the company's own judgement, with the feature of principle 31 of the UN Guiding Principles on Business and Human Rights that each criterion belongs to:
step6-ncp = Anyone who finds that a company does not follow the OECD Guidelines can also turn to the Dutch National Contact Point for the OECD Guidelines ({ $what }), which mediates between the parties.
col-ungp31 = UN principle 31
col-criterion = Criterion
col-judgement = Judgement
col-explanation = Explanation
step6-not-judged = not judged
step6-grievances = Grievances
grievance-none = No grievances were received this year.
grievance-received = { $count ->
        [one] 1 grievance was received in { $year }; anonymous: { $anonymous }.
       *[other] { $count } grievances were received in { $year }; anonymous: { $anonymous }.
    }
grievance-by-status = Status on { $date }: { $what }.
grievance-by-theme = By theme: { $what }.
grievance-by-channel = By channel: { $what }.
grievance-timeliness = Acknowledged in time: { $ackok } of { $ack }. Decided in time: { $decok } of { $dec }.
grievance-overdue = { $count ->
        [one] For 1 grievance a deadline passed without the step being taken.
       *[other] For { $count } grievances a deadline passed without the step being taken.
    }
grievance-resolved = Closed: { $total }. Of these, resolved for the people who raised them: { $count }{ $n ->
        [0] {""}
       *[other] ; not recorded for { $n } closed before Ketenkompas asked
    }. Whether a complaint was upheld and whether the matter was resolved are two different things.
grievance-confidential = What a grievance says and who raised it is confidential. This report therefore gives counts only.
theme-unknown = theme not recorded
step6-remedy = Remedy
remedy-none = No remedy has been recorded yet.
remedy-summary = Remedy by status: { $what }.
col-impact = Impact
col-expected-role = Expected role
col-form = Form
col-consulted = Consulted

## Text in a script without a font on this computer
unprintable-marker = [text in { $script } script]
unprintable-heading = Text that could not be printed
unprintable-note = { $count ->
        [one] No font was found on this computer for { $scripts } script. One text therefore appears as “{ $example }” in this report; the dossier itself holds it in full. Install a font for this script (from the Noto family, for example) and make the report again.
       *[other] No font was found on this computer for { $scripts } script. { $count } texts therefore appear as “{ $example }” in this report; the dossier itself holds them in full. Install a font for this script (from the Noto family, for example) and make the report again.
    }
script-chinese = Chinese
script-japanese = Japanese
script-korean = Korean
script-arabic = Arabic
script-hebrew = Hebrew
script-thai = Thai
script-indic = Indic
script-other = another
script-and = and
glance-chain = Chain: { $suppliers } active suppliers and production sites in { $countries } countries, { $deeper } of them beyond the direct suppliers; { $chains } chains mapped, { $complete } of them down to the raw material.
glance-company = Company: { $company }{ $what }.
glance-risks = Risks: { $risks } recorded, { $assessed } assessed, { $prioritised } tackled first, { $deferred } deferred.
glance-actions = Measures: { $done } completed, { $running } planned or under way, { $overdue } past their deadline.
glance-kpis = Goals: { $reached } of the { $measured } measured KPIs reached their target ({ $kpis } KPIs in all).
glance-grievances = Grievances: { $received } received in the year, { $closed } dealt with.
glance-top = The most severe risks and what is done about them
glance-top-none = No risks have been chosen to tackle first yet.
glance-measures = { $done } of { $total } measures completed
glance-no-measures = no measure yet
glance-next = Next year ({ $year }): { $due } open measures carry on or fall due in it, and { $reviews } deferred risks are looked at again. More under ‘Plans for next year’.

## A report that stays readable at any size
capped-shown = { $count ->
        [one] The first of { $total } is shown here.
       *[other] The first { $count } of { $total } are shown here.
    }
capped-in-annex = The whole register is in annex { $letter }.
capped-public = The others are not listed one by one in this report.
capped-in-register = The whole register is in Ketenkompas (‘{ $what }’) and can be exported from there as CSV or Excel.
annex-register = Annex { $letter } · { $what }
annex-name-suppliers = All suppliers
annex-name-risks = All risks
annex-name-actions = All measures
annex-name-kpis = All KPIs and their measurements
annex-intro-suppliers = { $count ->
        [one] One supplier, with the number of risks recorded at it.
       *[other] All { $count } suppliers, in the dossier's order, each with the number of risks recorded at it.
    }
annex-intro-risks = { $count ->
        [one] One risk, with its place in the order and the decision.
       *[other] All { $count } risks in the method's order, each with severity, likelihood and decision; risks not yet assessed come last, without a place.
    }
annex-intro-actions = { $count ->
        [one] One measure, with the risk it addresses.
       *[other] All { $count } measures, in the order of the risks they address.
    }
annex-intro-kpis = { $count ->
        [one] One KPI, with this year's measurements.
       *[other] All { $count } KPIs, each with this year's measurements and the number of measurements in all.
    }
annex-supplier-ended = { $name } (relationship ended)
annex-deferred-until = { $what } until { $date }
col-supplier = Supplier
col-tier = Tier
col-coc = Code of conduct
col-risks = Risks
col-values-year = Measured this year
col-measurements = Measurements
col-effect = Does it work?
col-recorded = Recorded
col-prioritised = Tackled
col-deferred = Deferred
col-severity-5 = Severity 5
col-actual = Actual
col-measure-kind = Kind of measure
col-planned = Planned
col-in-progress = Under way
col-done = Completed
col-stopped = Stopped
col-total = Total
col-next-deadline = Next deadline
col-attention = Needs attention
row-total = Total
row-other-countries = { $count ->
        [one] One other country
       *[other] { $count } other countries
    }
step2-in-full = The most important risks in full
full-none = No risk is tackled yet, of severity 5 or happening now.
full-intro = These are the risks the company tackles, every risk of the highest severity and every harm happening now, in the method's order. Each says why it stands in its place, how the company is involved, which measures are under way and whether they work.
full-scores = severity { $severity }, likelihood { $likelihood }
full-why = Why here: { $what }
full-confirmed = This decision goes against the method's order and was confirmed deliberately.
full-confirmed-why = This decision goes against the method's order and was confirmed deliberately: { $reason }
full-consulted = Consulted: { $what }
full-no-measures = No measure recorded yet.
full-not-judged = not judged yet
full-escalation = The measure ‘{ $what }’ does not work well enough. The guidance proposes these next steps:
full-kpi = Measured by ‘{ $name }’: now { $value }, target { $target }.
full-remedy = Remedy: { $what } ({ $status }).
full-no-remedy = No remedy has been recorded for this harm yet.
risks-by-theme = All risks by theme and by country
risks-by-theme-intro = The { $total } recorded risks by theme, with how many are tackled, deferred, of the highest severity or happening now. The totals are those of the whole register.
risks-by-country = By country
kpi-charts-shown = Charts of { $count } of the { $total } KPIs with more than one measurement; the KPIs of the most important risks first.
results-summary = { $count } measures have been judged; the latest judgement: { $what }.
subject-yearly = Yearly report on due diligence in the supply chain (OECD guidelines, six steps)
subject-plan = Action plan for the risks tackled in the supply chain
subject-public = Public report on due diligence in the supply chain
plan-rest = Other risks tackled
plan-rest-intro = { $count ->
        [one] One more risk tackled, with its measures in short.
       *[other] { $count } more risks tackled, each on one line with its measures in short.
    }
plan-rest-none = no measure
plan-rest-escalate = escalate
plan-rest-overdue = overdue
full-deferred-until = Deferred until { $date }: { $reason }
full-deferred = Deferred: { $reason }
full-deferred-unexplained = Deferred without a reason; one still has to be recorded.
glance-effect = Do the measures work? The latest judgement of each measure judged: { $what }.
glance-compared = Compared with last year
glance-same = same
col-figure = Figure
col-change = Change
glance-row-suppliers = Active suppliers
glance-row-chains-complete = Chains mapped to the raw material
glance-row-code-signed = Suppliers who signed the code of conduct
glance-row-risks = Risks recorded
glance-row-prioritised = Risks tackled
glance-row-deferred = Risks deferred
glance-row-actual = Harm happening now
glance-row-done = Measures completed
glance-row-overdue = Measures overdue
glance-row-kpis-reached = KPIs at target
glance-row-grievances = Grievances received
glance-row-grievances-closed = Grievances dealt with
row-no-country = No country
full-next = Why the next risks tackled stand in their place
glance-employees = { $employees } employees
laws-title = Which legislation may apply to us
laws-intro = From the company profile, the goods we buy and our answers to a few questions, Ketenkompas works out which laws on due diligence and sustainability reporting may apply to us. This is where things stand on { $date }: an indication, not legal advice.
laws-intro-closed = From the company profile, the goods we bought and our answers to a few questions, Ketenkompas worked out which laws on due diligence and sustainability reporting might apply to us. This is where things stood on { $date }, when this year was closed: an indication, not legal advice.
laws-not-kept = When this year was closed, Ketenkompas did not yet keep the legislation check with the year.
col-law = Law
col-verdict = Verdict
col-reason = Why
col-checked = Checked
laws-from = { $verdict }, from { $date }
laws-not-final = { $date }; not final
laws-not-confirmed = { $date } *
laws-indirect = Even where a law does not apply to us, customers it covers may ask something of us:
laws-open = These questions are still open and may change a verdict:
changes-title = Compared with { $year }
changes-none = Since last year nothing changed in the risks, decisions, measures and targets.
changes-new = { $count ->
    [one] One risk was added since { $year }:
   *[other] { $count } risks were added since { $year }:
}
changes-gone = { $count ->
    [one] One risk of last year is no longer in the register:
   *[other] { $count } risks of last year are no longer in the register:
}
changes-reassessed = Risks we assess differently from last year (severity × likelihood):
changes-up = higher
changes-down = lower
changes-assessed = now assessed
changes-decisions = Risks we decided differently on:
changes-finished = { $count ->
    [one] One measure was finished this year:
   *[other] { $count } measures were finished this year:
}
changes-finished-none = No measure was finished this year.
changes-kpis = Our targets, last year and now:
changes-reached = { $value } (reached)
col-was = Was
col-now = Now
col-works = Does it work?
changes-maturity = How far we are in each step, in { $year } and now (on a scale of 1 to 5):
changes-maturity-suggested = { $level } (suggested)
maturity-title = How far we are, step by step
maturity-intro = For each step we state how far we are, on a scale from 1 (not started) to 5 (embedded). Ketenkompas suggests a level from what the dossier holds; we confirm it or choose another level and say why.
maturity-step = Step { $step } · { $name }
maturity-bar = { $level } of 5
maturity-changed = We chose this level; { $suggested } was suggested. { $reason }
maturity-confirmed = Suggestion confirmed by us
maturity-suggested = Suggested from the dossier, not yet confirmed by us
col-level = Level
col-how = How it was set
col-next-level = What the next level asks
maturity-not-kept = When this year was closed, Ketenkompas did not yet keep the maturity per step with the year.
maturity-outdated = We chose { $level } when { $then } was suggested; Ketenkompas now suggests { $now }. { $reason }
