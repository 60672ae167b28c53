package assessor

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// OfflineRules is the version of the offline drafter's rules, stored with
// its drafts where a model's drafts store the prompt version.
const OfflineRules = "offline-rules.v527"

// Offline drafts without a model: deterministic and explainable. It checks
// the answer for evidence of each maturity step — a practice exists, it is
// repeated and owned, documented, measured, improved — and rates the
// highest step reached with every step below it also shown, on the 0–5
// scale, translated to the program's scale without overstating. Its drafts
// are labelled "offline" wherever they are shown.
type Offline struct{}

// OfflineRationalePrefix opens every offline draft's rationale, so a
// rationale read alone says what made it; a card whose header says so
// leaves it out.
const OfflineRationalePrefix = "Offline draft (rule-based, no model). "

// Name implements Drafter.
func (Offline) Name() string { return OfflineDrafter }

type signal struct {
	level    int
	shows    string // what the answer shows when it matches
	missing  string // the gap when it does not
	question string // what to ask the owner about the gap
	re       *pattern
	// ignore removes words that look like the signal but are not it
	// ("a form approved by the line manager" is no approved document),
	// keeping what its first group matched.
	ignore *pattern
}

// changeVerbs begin the words for changing a practice ("…, so two
// ring-fenced security engineers were hired", "…, so masking was built
// into the cloning script", "…, so both contracts were amended", "…, so
// a separate research cluster was set up, and …"); evaluations name
// what a change can be made because of.
const (
	changeVerbs = `adjust|revis|updat|put ([\w'-]+ ){1,3}(into|onto)\b|index|built into|split|cut|chang(ed|ing)|change (the|our|its|their|a|an)|tun|add|introduc|tighten|extend|fix|lock|block|redesign|strengthen|rework|turn(ed|s)? on|enabl|automat|shorten|lengthen|restructur|reorgani[sz]|overhaul|streamlin|consolidat|mov|migrat|switch|link|integrat|connect|mandat|requir(ed|es|ing)|rewr|routed|retrain|re-train|assign|appoint|pre-?approv|pre-?authori[sz]|pre-|set (up\b|new |automatic |aside |a cut-?off\b|a deadline\b|an end date\b|a sunset date\b)|amend|written into|bought|purchas|install|fitt|enforc|weight|tag|relabel|re-label|tied |tying |rebuil|recalibrat|reconfigur|reassign|repriorit|rerout|onboard|enrol|lower|rais|reduc|increas|decreas|cut|halv|doubl|gave|giv|grant|empower|delegat|replac|simplif|clarif|shifted|refocus|redirect|realloc|deploy|roll(ed|ing)? out|implement|adopt|limit|restrict|paus|suspend|disabl|roll(ed|ing)? back|withdr[ae]w|hired\b|(hired|retained|engaged|brought in|contracted) (a|an) ([\w-]+ ){0,3}(firm|company|consultanc|specialist|provider|vendor|partner|expert|team|person|analyst)`
	evaluations = `reviews?|audits?|conflicts?|issues?|disagreements?|discrepanc(y|ies)|gaps?|deviations?|defects?|samples?|campaigns?|attacks?|near[- ]miss(es)?|drills?|pen ?tests?|breach(es)?|incidents?|findings?|results?|measurements?|metrics?|assessments?|tests?|exercises?|retros?|retrospectives?|feedback|kpis?|checks?|failures?|spikes?|errors?|outages?|complaints?|tabletops?|waves?|outbreaks?|surges?`
	stops       = `stopped|dropped|ended|exited|retired|removed|replaced|switched off|cancel+ed|terminated|phased out`
)

// whyPhrase opens a phrase telling why a count came out as it did:
// "one in six did, mostly from reused credentials, so we", "it averaged
// nine hours, mostly waiting for approvals".
const whyPhrase = `mostly|mainly|largely|often|usually`

// soWho is who acted on what was found, after ", so": "we", "they",
// "the team" (or "the last review"), or a function named bare ("so legal
// now attaches"; "IT" in capitals, since "…, so it sits greyed out"
// names no one). Every reading of "…, so someone did" takes it from here.
// An owner who answers for a small business says "so I switched" (v442).
const soWho = `(we|they|i\b|the (last |latest )?\w+|` + departments + `)`

// departments are teams named without "the": "hr", "IT", "legal",
// "procurement" (who acted, who reports a fact, who did not do it).
const departments = `hr|(?-i:IT)|ops|legal|finance|procurement|security|facilities|compliance`

// shareFound is a share counted and what was done about it: "only one
// in ten did, so we", "fewer than half passed, so they", "half of them
// did last year, so we", "about half of the harms we saw had not been
// predicted, so we", "at first almost none did, because they joined
// late, so we", "only half could be, because prompts weren't stored, so
// we" (a share's "could" plans nothing either), "one in six did, mostly
// from reused credentials, so we", "only a third said yes, so we", "half
// went unacknowledged, mostly at weekends, so we" (a few words, then why,
// "a third of releases were rolled back last spring, mostly from feature
// mismatches between training and serving, so we"),
// "a quarter couldn't be at first, mostly …, so we" (a share's "couldn't"
// or "didn't" denies nothing either), "about one in five staff clicked at
// first, mostly in finance, so we" (who, then any past tense), "only sixty
// percent did, mostly on mobile, so we", "around fifteen percent of
// devices had no certificate, so we", "about a third of vendor updates
// did at first, …, so we", "about half of incidents hit a gap at first,
// …, so we", "with fewer than one in twenty reviews removing anything, so
// we".
// What it counts is not denied: "a quarter of them had none, so we made
// ownership a release requirement". shareSeen is the share up to ", so";
// what follows may be who acted or what holds now ("almost none did at
// first because they never reached the committee, so opportunities above
// a set value now go onto its agenda", see actedNow), and a share may be
// "few" ("at first few did, because the feeds weren't loaded …, so").
// A share may also follow its verb: "the warehouse teams reported almost
// none of the simulations because they rarely read email, so" (v424).
const shareFound = shareSeen + soWho

const shareSeen = `(?:` + `\b((very )?few|hardly any|((only|just|barely|fewer than|less than|under|over|more than|about|around|nearly|roughly) (\d+\s?%|(\d+|` + numberWords + `)( percent| per cent)?|half|a (third|quarter|fifth|tenth)))|half|a (third|quarter|fifth|tenth)|(almost|nearly|virtually|practically) none|(\d+|` + numberWords + `)( [\w-]+)? (in|out of) (\d+|` + numberWords + `))( (in|out of) (\d+|` + numberWords + `))?( of (them|those|these|the [\w-]+|our [\w-]+|([\w-]+ )?[\w-]+s)( (we|they|that|which) [\w-]+)?| (staff|people|users|employees|[\w-]+s))? (did|were|was|went|had|held|hit|got|lost|saw|met|could( be)?|couldn't( be)?|didn't|weren't|wasn't|said|[\w-]+ed|[\w-]+ing)\b[^.;]{0,30}(,? (because|` + whyPhrase + `) [^.;,]{0,70})?,? so ` + `|\b[\w-]+ed (almost|nearly|virtually|practically) none of (the|those|these|their|our|its) ([\w-]+ ){0,2}[\w-]+\b[^.;]{0,30}(,? (because|` + whyPhrase + `) [^.;,]{0,70})?,? so )`

// actedOn is what was done after a figure found ("…, so we trained two
// more people", "…, so we rebuilt", "…, so HR now blocks", or "at a third,
// we added").
// Letting people act themselves ("…, so we let analysts declare severity
// 3 and 4 incidents themselves") is a change made too (v357).
const actedOn = `((pre-?|re-?)?([\w-]+ed|made|built|rebuilt|wrote|set|put|took|brought|began|rewrote|swapped|split|cut|gave|moved|ran|held|sent|taught|bought|chose|let (the |our |their |each |every |all )?([\w-]+ ){0,2}[\w-]+ (declare|approve|decide|close|handle|deploy|raise|report|sign|grant|act|fix|own|escalate|restart|release|patch|stop)\w*)|now ((blocks?|refuses?|rejects?|stops?|prevents?|holds?|parks?|won't [\w-]+|will not [\w-]+|can't [\w-]+)( [\w-]+){0,3} (without|unless|until) [\w-]+|won't|will not|can't|no longer|[a-z]+))\b`

// aShare is a share told as a fraction or a percentage: "half", "a third",
// "two thirds", "20%", "twenty percent".
const aShare = `(half|a (third|quarter|fifth|tenth)|two thirds|three quarters|` + percentage + `)`

// percentage is a share written as a figure or in words: "20%", "95 percent",
// "twenty percent".
const percentage = `(\d+|` + numberWords + `) ?(%|percent|per cent)`

// countedSo is a figure found and who acted on it: "it was eighty
// percent, mostly from a legacy feed, so we", "recoveries overran by
// about half, so we", "failures averaged nine a quarter, so we", "they
// slowed the database by a third at first, so we", "that happened in
// about one incident in five, so we", "prompt injection
// succeeded about half the time at first, …, so we", "we lost about one
// a month, mostly from cars, so we", "injection findings were the biggest
// share for two quarters running, which is why we".
// countedSoBy is countedSo up to who acted (foundSoNow shares it).
const countedSoBy = `\b((\d+|` + numberWords + `) (a|per|each) (day|week|month|quarter|year)|[\w-]+ed (about |around |nearly |roughly |over |under |almost )?` + aShare + ` (of )?the time|by (about |around |nearly |roughly |over |more than |almost )?` + aShare + `|kept|keeps|was|were|stayed|remained|showed|failed|passed|came|overran|made up|accounted for|got (in|through|past)|turned up|[\w-]+ed( back| up| out| down| off)? (in |for |to )?(about |around |nearly |roughly )?(\d+|` + numberWords + `) ([\w-]+ )?(in|out of) (\d+|` + numberWords + `)|missed|averaged|took|rose|fell|doubled|peaked|hovered|ran|sat|stood|measured|found|saw|noticed|caused|rated|scored|had|lagged|stalled|slipped)\b[^.;]{0,80},? (so|which is why|that's why) `

const countedSo = countedSoBy + soWho

// foundSoNow is a figure found and a new way told in the present after
// "so now": "we found 5 missing in one outage, because the BIA was done
// only by the business side, so now IT architects join every BIA
// interview" (v439).
const foundSoNow = countedSoBy + `now ` + soWho + `( [\w-]+)? (join|joins|attend|attends|sit in on|sits in on|review|reviews|check|checks|sign off|signs off|approve|approves|take part in|takes part in|own|owns|lead|leads|get|gets)\b`

// movedBecauseThen is a figure that moved, its cause, and in the next
// sentence what was done: "accuracy slipped from 92% to 81% over a year
// because promotions weren't in the features. We added the promotions
// calendar" (v440).
const movedBecauseThen = figureMoved + `[^.;]{0,60}\bbecause\b[^.;]{0,80}[.;]\s*(-\s*)?(we|they) ` + actedOn

// figureMoved is a figure that moved or stayed: "slipped from 92% to
// 81%", "stayed at 8", "fell to 4". Its cause denies nothing
// (notNegation) and, with what was done next, improves (movedBecauseThen).
const figureMoved = `\b(slipped|fell|dropped|rose|climbed|grew|went up|went down|crept up|stayed|sat)\b (from |at |around |about )?(\d+|` + numberWords + `)`

// usedToSo is what was wrong before and who acted on it: "our alerts
// used to miss slow degradation, so we added …" (an improvement), "cases
// used to drag on for months …, so HR wrote a guide" (no end of a
// practice).
const usedToSo = `\bused to\b[^.;]{0,120},? so ` + soWho

// lastNCameBack is an outcome told over the last few cases: "after the
// last four incidents, none of the affected customers came back
// asking". It counts, and it denies nothing.
const lastNCameBack = `\b(after|in|over|across) (the|each of the) (last|past|latest) (\d+|` + numberWords + `) [\w-]+,? (none|no one|nobody|all|everyone|every one) (of (the|them|our) ([\w-]+ ){0,3})?(came back|complained|asked|called|needed|had to|raised|reported)\b`

// targetOfNone is a target whose value is none, which denies nothing:
// "100% complete and nothing older than six months" (v362), "of 100% and
// none overdue" (v366), "target none" and "targets of 90% and none"
// (v371). One expression, read by notNegation; a bare "none for
// security" after "targets for uptime" still denies. "A target of no
// missing certificates" is one too (v407).
const targetOfNone = `\btargets? ((of|for) (no|zero) (missing|lost|late|overdue|unreturned|unpatched|failed|unsigned|unaccounted)( [\w-]+)?|(of|for)\b[^.;]{0,80}\b(nothing|none|no [\w-]+|zero) ((older|later|longer|more|fewer|less|over|above|below|under) than|overdue|late|outstanding|past due|breached|missed)|(of |is |was |set at |set to |: ?)?(none|zero|nil)|(of|for) [^.;]{0,40}\b(and|or) (none|zero|nil))\b`

// soleHolder says one person alone holds a practice ("nobody else knows
// the routine"): it is done, by one person, not denied (v362).
// independentOf says someone stands apart from what they review: a
// reviewer "who had no part in building it" (v413), an assessor "with no
// other ties to us" (v414). Its "no" denies nothing (notNegation).
const independentOf = `\b(who|that) (had|has|have|played|took) no (part|role|hand|involvement) in (building|developing|designing|writing|making|creating|training)\b|\bwith no (other )?(ties|links|connections?|relationships?|stake|interests?) (to|with|in)\b`

// neverLeft is a rule kept, said as a double negative: "never leave it
// unlocked" (or the door open, a laptop unattended) keeps it locked
// (v410).
const neverLeft = `\b(never|don't ever|do not ever) (leave|leaves|left) (it|them|(the|a|their|his|her|our) ([\w-]+ )?[\w-]+) (unlocked|open|unattended|logged in|lying around|propped open)\b`

// soNothingLapses is what a practice is for, not a denial: warranty
// dates kept "so nothing runs out of support" (expires, slips through,
// gets missed, v411).
const soNothingLapses = `\bso (that )?(nothing|none of (them|it)|no [\w-]+( [\w-]+)?) (runs? out|expires?|lapses?|slips? through|falls? through|goes unnoticed|gets? (missed|lost|forgotten|overlooked)|is (missed|lost|forgotten|overlooked))\b`

const soleHolder = `\b(nobody|no one|no-one) else (knows?|understands?|can do|does|has done|is trained (on|in))\b`

// reportShowed is what a report, review or test showed, up to what was
// done about it: "load tests showed the service falling over at twice
// normal traffic, so we", "when the report showed that most downloads
// came through new domains, we", "when the timings showed contractor
// accounts were taking the longest, we handed …", "our quarterly look at
// the actions showed …", "the scans kept pointing at …", "the
// walk-rounds kept finding the same open meeting rooms", "those metrics
// showed the collections model contacted older customers far more
// often …, so we removed" (v362), and "last year's review of the lending
// model showed …, so" (a review of something, v378), and "two spot checks
// last spring caught people tailgating …, so" (what a check caught, when,
// v379).
// troubleShowers are what can show a trouble: reports, reviews, tests,
// counts, metrics, tracking, inspections and the like. reportShowed and
// the improvement signal's "when the reports showed …, we …" read the
// same list (v365; each had kept its own). "The scores kept showing gaps
// …, so we added" a step is one (v413), and so is "the check found site
// managers unsure of their security duties, so each site manager now
// gets" a role card (a check, not only a spot check, v429).
// So is a comparison or reconciliation: "the comparison kept finding
// small software subscriptions bought on cards, so card purchases of
// software now need a register entry first" (v431).
const troubleShowers = `(?:scores|reports?|reviews?|audits?|tests?|checks?|comparisons?|reconciliations?|scans?|dashboards?|figures|numbers|counts?|timings|metrics|results|logs?|tracking|monitoring|data|analys[ie]s|exercises?|samples?|surveys?|drills?|walk-?rounds?|walk-?throughs?|inspections?|patrols?|spot[- ]checks?)`

const reportShowed = `(` + troubleShowers + `( of (the|our|its|their|each|every|last|this) ([\w-]+ ){0,3}[\w-]+)?( (last|this|earlier this|late last) (spring|summer|autumn|fall|winter|year|quarter|month|week))?|looks? at( the| our)? [\w-]+) (showed|revealed|found|flagged|caught|uncovered|exposed|highlighted|suggested|told us|kept (pointing (at|to)|turning up|showing|finding|flagging|catching))\b[^.;]{0,100},?`

// actedNow is what follows ", so" when something found was acted on:
// who acted ("…, so we rebuilt", "…, so legal now attaches"), what holds
// now (soNow: "…, so every item now gets an owner", "…, so USB storage
// is now blocked by default", up to six words before "now": "…, so
// automatic forwarding to outside domains is now blocked"), what the
// things found got ("…, so those rooms got self-closing doors", "…, so
// they got short targeted sessions") or what was done to them ("…, so
// MFA was added to the backup VPN", "…, so larger lockers went in
// there", "…, so a paid weekend on-call rota was introduced", "…, so a
// delivery airlock with timed doors was installed", "…, so
// three engineers from other teams were trained up", "…, so logging
// requirements became mandatory fields", "…, so those datasets were
// retired and replaced with licensed ones", "…, so a separate guest
// network with its own login was set up"), or what moved to something
// else ("…, so their training moved to short briefings at shift start",
// switched or shifted to, v424).
// A role's authority that "was spelled out" (spelt out, clarified, made
// explicit) after a survey showed people did not know they had it was
// changed too (v431).
const actedNow = `(` + soWho + ` ` + actedOn + `|(it|they) ` + actedOn + `|([\w'-]+ ){1,4}(can|could) no longer\b|` + soNow + `|((those|these|the|that|this|each|every|all) ([\w-]+ ){0,2}[\w-]+|they|he|she) (got|gained|were given|was given|received)\b|([\w'-]+ ){1,8}((was|were|has been|have been) ((re-?)?(` + changeVerbs + `)\w*|spel+ed out|spelt out|clarified|made explicit)|(went in|went up|were put in|was put in|were fitted|was fitted|were trained up|was trained up|were brought in|was brought in|were taken on)\b)|([\w'-]+ ){1,4}` + becameRule + `|([\w'-]+ ){1,4}(moved|switched|shifted) (over )?(to|into|onto)\b|([\w'-]+ ){1,5}(was|were|has been|have been) [\w-]+ed and (re-?)?(` + changeVerbs + `)\w*)`

// countSeen is a count of what was tracked, told by its verb and acted
// on: "we track how many incidents involved a threat not in the
// register. 3 did in Q1 (mostly supply chain), so we added …" (v433).
const countSeen = `\b(\d+|` + numberWords + `) (of them )?(did|were|had)\b[^.;]{0,40}?,? so `

// reportActedOn is what a report showed and what was done about it
// ("the counts showed drives issued for one-off projects were rarely
// returned, so those drives now expire"): it improves, and what it tells
// of the trouble ("rarely", "one-off") says nothing of how the practice
// runs (notAdHoc).
const reportActedOn = reportShowed + ` so ` + actedNow

// whoActed names who made a change after a trouble was shown: "we",
// "they", or a group in up to two words ("the owners", "those
// directors", "the platform team"). Read by the improvement signal's
// two readings of a change made when a trouble was shown (v393, v397;
// one constant since v398, which moved no labelled draft). One person
// may make it, named or not ("Diego automated them", "she rewrote the
// template", "Jess and Pete added a phone line", v471).
const whoActed = `(we|they|s?he|` + departments + `|(the|those|these|our)( [\w-]+){1,2}|(?-i:[A-Z][a-z]+)( and (?-i:[A-Z][a-z]+))?)`

// troubleActedOn is a trouble found and what was done about it: it
// improves, and it denies nothing ("where lockers were too small" tells
// the cause).
const troubleActedOn = troubleFound + ` ` + actedNow

// becameRule is a change told as a rule made: "… became mandatory fields",
// "… is now a requirement", "… became part of", "the field was made
// mandatory", "updating them became a step in the release pipeline"
// (v378). What "may become" (or will, could) mandatory is not yet a rule:
// "become" counts only after has or have (v378).
const becameRule = `(became|(has|have|'ve|'s) become|are now|is now|(was|were|has been|have been) made) ((a |an )?([\w-]+ )?(mandatory|required|compulsory|the default|requirement|gate|precondition|step)|part of)\b`

// countedNotYet counts what is not yet done: "counts each quarter how
// many record sets are past retention and not yet destroyed" measures; it
// neither plans nor denies.
const countedNotYet = `\bhow many\b[^.;]{0,60}\bnot yet [\w-]+`

const soNow = `([\w'-]+ ){1,6}now\b`

// troubleFound is a trouble told by where most of it came from or by its
// recurring, up to ", so": "most infections arrived through USB sticks
// at two sites, so", "most delays were reports landing in the general
// queue, so", "most such rules had been added during incidents and
// never reviewed, so" (v351), "older users kept being missing because
// we only recruited online, so" (missed, left out, excluded, v427),
// "responses kept stalling while legal reviewed every case,
// so" (and what was done may be "those archives were indexed"), "most
// drift turned out to be hand edits …, so", "the payroll system
// overshot in three tests running because …, so it moved",
// "contractors with no end date in the HR system made up most orphans,
// so" (a subject of up to ten words before it), "recovery overran
// mostly while waiting for supplier engineers …, so", "…, so the tool now holds
// drafts until a reviewer clicks approve", "almost every hit came from
// one team's hand-made fixture files, so", "stale scores were mostly for
// suppliers bought by business units outside procurement, so business
// units can no longer pay a supplier until it's registered", "…, so
// every template was relabelled" (v351), "findings kept coming from accounts … set up without the baseline
// template, so", "the flat legacy VLAN was the culprit, so", "responses
// lagged for feedback sent to the general support inbox, so" (and what
// was done may be a gate: "so the gate now blocks without one"), "that figure stayed around a dozen a month because …, so",
// "breaches clustered on the sales floor, …, so", "in both simulations
// last year remote access skipped MFA …, so", "last year outside
// researchers reported more of them than we did, so", "old CRM exports
// accounted for most of the overdue records, so", "devices falling out of
// compliance were nearly all home-office laptops …, so", "complaints
// centred on the loan pre-screening tool …, so", "most questions asked
// why an application was declined, so", "orphaned rules kept piling up
// after projects closed, so", "delivery lagged because engineers were
// pulled onto outages, so", "finance kept clicking far more than anyone
// else, so", "scores were low for declined applications, so", "most
// escaped defects involved rare input formats, so", "restores overran
// three times running because its runbook was out of date, so" (the
// cause, not the answer's document, is out of date), "the two units with
// the most findings had never had policy training, so", "entries for
// models built by contractors were the usual gaps, so", "scores on the
// data handling module stayed lowest, so", "contractors were most of
// those cases, because …, so", "those incidents mostly involved model
// retraining, so", "restores of the file servers failed a third of the
// time because snapshots expired too early, so", "weekend incidents
// waited longest, because …, so", "missing logging requirements came up
// in nearly every test, so", "escaped defects mostly traced to skipped
// threat models on small changes, so", "excess permissions piled up mostly
// in shared project groups, so", "those incidents traced back to
// acceptances that had no expiry date, so", "scores fell after
// releases that changed the interface without warning, so", "most
// failures came during the switch to the backup site, …, so", "drills
// were slowest for systems hosted by partners, …, so", "the longest
// waits came when incidents were found at weekends, …, so", "unmasked
// records turned up mainly in copies made by hand, so", "applicants
// refused without an explanation raised most objections, so", "lessons
// travelled slowest between product teams that had no shared channel,
// so". Followed by what
// was done (actedNow), it also denies nothing ("where lockers were too
// small" tells the cause). So is "late replies came mostly from requests
// that landed in regional mailboxes, so …", and so is "most stale actions
// belonged to teams outside IT with nobody assigned, so …", and so are
// "cases dragged mostly where managers weren't sure which stage applied,
// so …" and "findings in departments without a security champion took
// three times longer to close, so …" and "scores dipped mostly after
// retrains on data from a single region, so …", and so are "updates were
// missed mostly on minor releases, so …" and "standing accounts lingered
// mostly on legacy servers …, so …" (a trouble told by where it fell),
// and so is "findings on the legal floor stayed high because …, so …"
// (a figure that stayed high or low, v366), and so is "both switch failures
// last year turned out to be past end of support, so …" (what the troubles
// turned out to share, v379), and so is "a vendor update quietly dropped
// accuracy on Welsh-language queries by eight points, so …" (a figure
// that fell by so much, v384), and so is "a study … drew mostly younger
// participants, so …" (a result skewed one way, v386), and so is
// "procurement staff barely knew it existed, so …" (v386).
const troubleFound = `\b(((most|nearly all|almost all|almost every|nearly every|the majority)( of (them|those|these|the [\w-]+|our [\w-]+))?( [\w-]+){0,2}|([\w-]+ ){1,2}(mostly|mainly|largely)) ((came|arrived|got in|started|originated) (through|via|from|in through|during|when|at|in|on|after)|were|was|had been|asked( about)?|concerned|involved|complained (about|of)|belonged to|sat with|lay with|fell to|turned out to be|proved to be|needed|required|depended on|relied on|hinged on|waited (on|for))|(came|arrived|originated|piled up|built up|accumulated|turned up|showed up|cropped up|appeared|occurred|happened) (mostly|mainly|largely|chiefly|overwhelmingly) (from|through|via|in|on|at|among)|(traced|were traced|was traced|could be traced) (back )?to|(kept|keep|keeps) (stalling|slipping|lagging|failing|breaking|timing out|overrunning|dragging|piling up|building up|coming back|coming (from|in|through|out of)|being (missing|missed|left out|excluded|overlooked|under-represented))|(lagged|slipped|stalled|dragged( on)?|fell behind|fell short|overran|overshot)(( [\w-]+){0,4} because| (most |worst |mostly )?(for|on|in|with|among|at|around|while|where|when))\b|[\w-]+ed( [\w-]+){0,2} (mostly|mainly|largely|chiefly|most often) (on|in|at|among|where|when|during|after)\b|(far |much |a lot |many times )?more than (anyone|anybody|everyone|any other [\w-]+|the rest|other [\w-]+)( else)?\b|with the (most|highest|worst|lowest|fewest|longest|slowest) [\w-]+\b|(waited|took|lasted|queued|stayed open|travelled|traveled|spread|moved|arrived) (the )?(longest|slowest)\b|(took|lasted|waited|ran|stayed open) ((\d+|` + numberWords + `|twice|double) times |much |far |a lot )?(longer|slower)\b|(came up|turned up|showed up|recurred) in (nearly |almost |practically )?(every|each|all|most) [\w-]+\b|(was|were) the ((usual|commonest|most common|main|biggest) ([\w-]+ )?(gaps?|problems?|culprits?|causes?|sources?|offenders?|issues?)|culprits?)\b|(was|were) ((unusually|far too|much too|too|very|consistently|stubbornly|particularly|especially) )?(low|high|poor|weak) (for|on|in|among|at|across)\b|(stayed|remained|sat|hovered|was stuck|were stuck) (at|around|about|near|above|over)\b|(stayed|remained|stuck|kept) (stubbornly |persistently )?(high|low|poor|weak|flat|elevated)\b|(stayed|remained|were|was) (the )?(lowest|highest|worst|weakest|slowest|longest)\b|\bthe (longest|slowest|worst|biggest|most) ([\w-]+ ){0,2}[\w-]+ (came|happened|occurred|were|was)\b|(raised|made|made up|filed|lodged|caused|produced|generated|sent|logged) (most|nearly all|almost all|the bulk|the majority|half) (of )?(the |our )?([\w-]+ )?[\w-]+\b|(clustered|concentrated|bunched|centred|centered) (on|in|around|at|among)\b|(fell|dropped|dipped|sagged|slumped|rose|spiked|jumped|climbed|surged) (most |mostly |sharply |furthest )?(after|whenever|during|around) ([\w-]+ ){0,2}[\w-]+s (that|which|where|when|with|on|from|in|for)\b|accounted for (most|nearly all|almost all|the bulk|the majority|half)\b|(were|was) ((nearly all|almost all|mostly|mainly|largely)\b|(most|nearly all|almost all|the bulk|the majority|half) of (them|those|these|the [\w-]+)\b)|\bin (both|all|every|each|the last (two|three|four|few)|two|three|four|several) ([\w-]+ ){0,2}(simulations?|exercises?|tests?|drills?|audits?|reviews?|runs?|rounds?)\b|(reported|found|caught|spotted|raised|flagged) more( of them)? than (we|us|our [\w-]+|the [\w-]+)( did)?\b|[\w-]+ed (about |around |nearly |roughly |over |almost )?` + aShare + ` (of )?the time|(drew|attracted|reached|caught|flagged|produced|returned|yielded|picked up) (mostly|mainly|largely|chiefly|overwhelmingly|almost only) [\w-]+|([\w-]+ ){1,3}(barely|hardly|scarcely) (knew|know|understood|used|read|followed|opened|noticed)|(dropped|fell|cut|lowered|reduced|dipped|slipped) ([\w'-]+ ){0,6}` + byHowMuch + `|(both|all|each|every one|two|three|four|several|many)( of (them|those|these|the [\w-]+))?( [\w-]+){0,4} (turned out|proved) to (be|have)\b)\b[^.;]{0,100},? so`

// stopImproves is a practice stopped or a supplier dropped because of
// what a review, audit or measurement found, or once a measure crossed
// a line ("when it was below ten percent we dropped two noisy feeds", "only
// one in ten did, so we dropped two feeds", "it was thirty percent, mostly
// from one vendor, so we dropped that vendor", "with that score stuck
// around one in five, we dropped two generic feeds", "one feed produced
// nothing usable in a year, so we dropped it", v383): an improvement, not
// an end. The evaluation follows "after" in the same phrase: "retired
// devices still lack a certificate after thirty days, and the CIO reviews
// …" drops nothing after a review. "When the scans kept finding old TLS
// on partner links we set a cut-off date and dropped the weak ciphers"
// drops what the scans found (v484).
const stopImproves = shareFound + ` (` + stops + `)|` + countedSo + ` (` + stops + `)|` + foundNothingSo + ` (we|they) (` + stops + `)|(` + stops + `)\b[^.;]{0,60}\b(after|because of|following|based on)\b[^.;,]{0,40}\b(` + evaluations + `)|` +
	`(after|because of|following|based on) [^.;]{0,40}\b(` + evaluations + `)\b[^.;]{0,60}\b(` + stops + `)|` +
	`(when|once|after|as soon as|because)\b[^.;]{0,30}\b(below|under|above|over|past|reached|hit|passed|exceeded|topped|crossed)\b[^.;]{0,30}\b(` + stops + `)|` +
	`(when|once|after|because)\b[^.;]{0,40}\b(kept|keep|kept on) (finding|showing|flagging|turning up|coming up|catching)\b[^.;]{0,80}\b(` + stops + `)|` +
	`\bwith (that|the|our|its|their|this) ([\w-]+ ){0,2}(score|rate|figure|count|number|share|ratio|level|average|rating)s? (stuck|sitting|sat|running|hovering|stalled|flat) (at|around|near|below|under|above|over|on) [^.;,]{0,30},? (we|they) (` + stops + `)`

// trackedOnACadence is something countable tracked on a cadence:
// "tickets … are tracked monthly", "the error rate is monitored daily",
// "findings per thousand lines are tracked each sprint".
const trackedOnACadence = `(progress|performance|results?|outcomes?|causes|tickets|incidents|issues|findings|errors?|failures|complaints|defects|escalations|exceptions|alerts|requests|calls|overrides|rejections|rates?|ratios?|percentages?|scores?|ratings?|times?|latency|accuracy|per|for each)\b[^.;]{0,40}\b(is|are) (tracked|counted|trended|monitored|compared) (\w+ ){0,4}(daily|weekly|monthly|quarterly|(every|each|per) (day|week|month|quarter|sprint|release)|(year|month|quarter|week) (on|by|over|to) (year|month|quarter|week))`

// lackingThings names what is tracked or counted by what it lacks
// (or what does not answer it: "the AI questions staff raise that the
// policy doesn't answer"):
// "certificates expiring without renewal", "vendor model updates that
// reach us without notice". Read after a tracking verb it measures (the
// measure signal) and denies nothing (notNegation), and so does
// counting "each quarter the user-facing AI features without a current
// model card": a cadence may come between the verb and what is counted.
// So does tracking "assets not returned within five working days" (v394),
// and reporting "how many running workloads aren't in the register"
// (listed, recorded or registered in it, v421). Reported on a cadence
// ("the data office reports monthly on discovery-scan findings that
// aren't in the inventory") it measures as tracking does (v421; since
// v430 one alternative with tracking, whose subject may take two words).
// What is tracked may be told by what it does ("firewall rules allowing
// traffic between zones without a ticket", v445), as by "that" or "which".
const lackingThings = `((each|every) ([\w-]+ )?(day|week|month|quarter|year|release|sprint|review)s? |(daily|weekly|monthly|quarterly|yearly|annually) )?([\w-]+ ){1,5}((that|which|who) ([\w-]+ ){1,3}|[\w-]+ing ([\w-]+ ){1,3})?(without|missing|lacking|with no|(doesn't|don't|can't|cannot) (answer|cover|handle|address)|not (returned|closed|fixed|patched|signed|renewed|collected|completed|handed back|given back)|(aren't|isn't|weren't|wasn't|are not|is not|were not|was not) (in|on|listed in|recorded in|registered in|covered by))\b`

// deniedCause is the cause of a change: "because nobody was sure who
// could decide, so we named" one, "early cases took days because nobody
// could switch the model off, so we added a kill switch", "it was one in
// three, because logs from the payment system weren't correlated, so we
// connected them", "about half, mostly because owners had no deadlines, so
// we set deadlines". It neither denies (notNegation) nor plans
// (notHypothetical).
const deniedCause = deniedCauseSo + soWho

var causeOfChange = mustPattern(`(?i)` + deniedCause)

// inPassing is a word given in passing: "in a hallway conversation",
// "over a quick chat". What is done there is ad hoc, and a sign-off given
// there is no approved document. It has no capturing group (the level-3
// signal's ignore keeps its own first group).
const inPassing = `(?:in|over|during) (?:a |an )?(?:hallway|corridor|passing|quick|informal|casual|lunchtime|coffee) (?:conversation|chat|word|call)`

// neverWritten says what is done "has never been written down" (it, that,
// none of it, the roles, the steps, the process; or approved, signed off,
// agreed): it denies only the writing (writtenOnly) and leaves the
// practice unapproved (unformal, v474).
const neverWritten = `^\W*((and|but|though|although),? )?(it|this|that|they|none of (it|this|that|them)|(the|our|their|these|those) (roles?|responsibilities|duties|steps|rules|routines?|practices?|arrangements?|process))('s| has| have) never been ([\w-]+ (or|and) )?(written|documented|formali[sz]ed|approved|signed[- ]off|agreed)( down| up)?( (or|and) (written|documented|formali[sz]ed|approved|signed[- ]off|agreed|defined)( down| up)?)?( anywhere)?( for [\w-]+)?\W*$`

// unformalBracket denies, in brackets, only that a practice is written
// or approved ("It's their own routine (nothing written, nothing
// approved)", "(no written procedure)", "(not a required step)"): read
// as unformal, it caps the level at 2 and denies nothing else (v475).
// willHabit, willAhead and willWord read a routine told with will (see
// readClause, v483): a word of recurrence before it ("Every month the ops
// team will …", "Each laptop will …", "Anyone joining … will", "before
// any", "once a year"), or a time after it ("will … every Friday evening",
// "on every new hire", weekly, always, only ever), makes it a habit (not
// "will decide whether each patch goes ahead"), unless a word looks ahead
// (next year, soon, one day, once we have budget, planned, "will be set
// up", "we keep saying"); a "monitoring plan" is a document, not a plan.
// recurrence names how often a habit recurs, before or after its will.
const recurrence = `always|usually|normally|typically|generally|often|sometimes|occasionally|whenever|routinely|as a rule|by default|nightly|daily|weekly|fortnightly|monthly|quarterly|annually|yearly`

var (
	willHabit = mustPattern(`(?i)\b(?:every|each|` + recurrence + `|(?:anyone|anybody|whoever) [\w-]+ing|before (?:any|a|an|each|every)|once (?:a|per|every) (?:day|week|month|quarter|year))\b[^.;:]{0,120}?\b(?:will|'ll)\b|\b(?:will|'ll)\b[^.;:]{0,120}?\b(?:(?:every|each) (?:day|morning|afternoon|evening|night|week|weekend|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time|release|sprint|cycle|shift|run|build|deployment|change|incident|audit|review|new [\w-]+)|` + recurrence + `|only ever|only (?:through|via|after|once|when|if|by))\b`)
	willAhead = mustPattern(`(?i)\b(?:next (?:week|month|quarter|year|sprint|release|budget|cycle|audit|review|phase)|soon|one day|some ?day|at some point|eventually|in (?:the )?future|going forward|from now on|from next|when we (?:have|get|hire|find)|once (?:we|they|the [\w-]+|our [\w-]+) (?:have|has|get|gets|is|are|'re|'s) (?:a |the |more )?(?:budget|funding|money|approval|settled|done|approved|ready|in place|finished|hired|staff|headcount|time)|starting|start(?:s|ing)? (?:to|in|from|next)|begin|by (?:the end of|end of|january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|20\d\d)|in q[1-4]|in 20\d\d|later this|plan(?:s|ning)? (?:to|on)|planned|planning|intend(?:s|ed)?|aim(?:s|ing)? to|hop(?:e|es|ing) to|going to|get (?:round|around) to|roadmap|they tell us|we keep saying|will (?:be )?(?:set up|introduc\w*|roll(?:ed)? out|written|drafted|implement\w*|adopt\w*|launch\w*|creat\w*|defin\w*|establish\w*|formali[sz]\w*|start\w*|begin))\b`)
	willWord  = mustPattern(`(?i)\b(?:will|(?:we|i|they|it|you|he|she)'ll)\b`)
)

// purposeSpan is the purpose of what a clause says is done: "so that
// testers never see real customer details", "to make sure nothing
// sensitive is left out overnight", "in case she left", and a "so" with
// a modal after it ("so no data can be recovered", "so nobody could
// misuse them"), up to the next comma (v484).
var purposeSpan = mustPattern(`(?i)(?:^\W*|,?\s+)(?:so that|in order (?:to|that)|to make sure|to ensure|in case|so as (?:not )?to)\b[^,;]{0,120}|,?\s+so (?:[\w'-]+ ){1,6}?(?:can|can't|cannot|could|couldn't|won't|wouldn't|may|might|mustn't|shouldn't)\b[^,;]{0,80}`)

// withoutPurpose is text without a purpose told beside what is done, where
// that leaves a statement that denies nothing: a denial inside a purpose
// ("so that nothing falls between teams") is what the practice prevents,
// not a practice denied. A clause that is only a purpose or a result ("so
// nothing gets done") is left as it is, and so is one whose statement
// denies anyway ("nobody reviews it, so that we save time") (v484). It
// is read only of a text that denies, and says whether what it returns
// still does, so the clause reads its denial once.
func withoutPurpose(text string) (string, bool) {
	rest := purposeSpan.ReplaceAllString(text, "")
	if rest == text || strings.IndexFunc(rest, isWordRune) < 0 || denies.MatchString(rest) {
		return text, true
	}
	return rest, false
}

// weakPast tells what used to be a weakness: "used to be our Achilles'
// heel", "used to be a real headache" (v481).
const weakPastWords = `\bused to be (?:(?:a|an|our|the|their|its|my) )?(?:(?:real|big|huge|major|constant|weak|biggest|main) )?(?:weak (?:spot|point|link)|weakness|problem|headache|achilles'? heel|pain point|sore (?:spot|point)|nightmare|blind spot|bottleneck|worry)\b`

var weakPast = mustPattern(`(?i)` + weakPastWords)

// noMore is a clause that says only that something is so no longer:
// "not any more", "no longer", "not now" (v481).
var noMore = mustPattern(`(?i)^\W*(?:(?:and|but|though),? )?(?:not|no) (?:any ?more|longer|now|these days)\W*$`)

// doubleNegative is a denial that a second denial turns into a rule kept
// everywhere (v482): "Not a single account gets created without the IT
// lead setting it up", "No file leaves the company other than through the
// approved service", "Hardly a release goes out without …", "Not a laptop
// stays in service past its fifth year", "There isn't a software supplier
// we don't put through the documented procedure", "Nothing, and I mean
// nothing, gets installed on production without …", "Nothing gets out of
// the starting gate without …" (v481's reading, folded in here), "There
// isn't an AI role whose responsibilities aren't written into the RACI";
// and understatement, "It's not unusual for an engineer to write up a
// runbook", says it happens, as "they've never skipped one" and "they
// never skip it" say it is always done (v493). The first three need a verb told of what is
// denied ("gets created", "leaves", "goes"), so a document denied ("no
// documented process other than …") stays denied. "Unless" is left out:
// "nothing else gets maintained unless it breaks" denies a practice and
// leaves only the reaction.
const doubleNegative = `^\W*(?:(?:and|but|so),? )?(?:not (?:a|an|one|a single|one single)|no|hardly (?:a|an|any)|barely (?:a|an|any)|nobody|no one|no-one|nothing)(?:, and i mean (?:nothing|nobody|no one|none),)? (?:single )?(?:[\w'-]+ ){0,6}?(?:(?:is|are|was|were|gets?|got|ever gets?) (?:[\w-]+ )?[\w-]+ed|gets? (?:out|in|through|live|past)|goes|go|leaves|leave|works|work|runs|run|closes|close|reaches|reach|passes|pass|enters|enter|stays|stay|sits|sit|lands|land|ships|ship|logs|log|joins|join|moves|move|starts|start|changes|change|comes|come|happens|happen|opens|open|uses|use|touches|touch)\b(?:[^.;:,]{0,50}?\b(?:without|other than|except (?:through|via|by|under|with))\b| (?:[\w-]+ ){0,3}(?:past|beyond|longer than|more than) (?:its|their|the|a|an|\d+|` + numberWords + `)\b)|^\W*(?:(?:and|but|so),? )?there (?:isn't|is not|aren't|are not|wasn't|weren't|'s not|is no|are no|'s no) (?:a|an|one|a single|any|one single) (?:single )?(?:[\w-]+ ){1,4}?(?:(?:that|which|who) |whose [\w-]+ )?(?:(?:we|they|he|she|it|you|i|the [\w-]+) )?(?:don't|doesn't|didn't|do not|does not|aren't|isn't|are not|is not|haven't|hasn't|wasn't|weren't|can't|won't)\b|^\W*(?:(?:and|but|so),? )?(?:it's|it is|that's|that is|it was|that was) not (?:at all )?(?:unusual|uncommon|unheard of|unknown|rare|out of the ordinary) (?:for|to|that)\b|\b(?:never|not once) (?:skips?|skipped|misses|missed|miss|forgets?|forgot|forgotten|fails? to|failed to)\b`

// notFormalKind is a clause that says only what kind of practice it is
// not: "not a documented process", "but not an approved procedure" (v481).
const notFormalKind = `^\W*(?:(?:and|but|though|although),? )?(?:(?:(?:it's|it is|this is|that's|that is|they're|they are) )?(?:not|never)|(?:it|this|that) (?:isn't|wasn't|is not|was not)|(?:they|these|those) (?:aren't|weren't|are not|were not)) (?:a|an|any) (?:documented|written|written-down|formal|approved|official|agreed|signed-off)(?: or (?:documented|written|written-down|formal|approved|official|agreed|signed-off))? (?:process|procedure|policy|standard|rule|practice|routine|requirement|step)\W*$`

const unformalBracket = `\((nothing|no|not|never) ([\w-]+ )?(written|documented|approved|formal|formali[sz]ed|signed off|required|official)( down)?( [\w-]+)?(, (and |but )?(nothing|no|not|never) ([\w-]+ )?(written|documented|approved|formal|formali[sz]ed|signed off|required|official)( down)?( [\w-]+)?)*\)`

// trimmedUnneeded removes what is not needed ("trimming what isn't
// needed", revoking access that isn't used): a practice, not a denial
// (read by notNegation, v478).
const trimmedUnneeded = `\b(?:trim|trims|trimming|trimmed|remove|removes|removing|removed|revoke|revokes|revoking|revoked|drop|drops|dropping|dropped) (?:what|whatever|anything|access|roles|rights)(?: that)? (?:isn't|is not|aren't|are not|wasn't|weren't) (?:needed|used|required|justified|in use)\b`

// documentRequires is what a document says must be done, its "never"
// and "not" among the rules ("The approved mobile device policy says
// laptops taken off-site must be encrypted, locked when unattended and
// never left in cars"): the document's rule, not a denial (v476).
const documentRequires = `\b(polic(y|ies)|standards?|procedures?|plans?|contracts?|rules?|handbook|charter|guidelines?)\b[^.;:"]{0,30}\b(says?|states?|requires?|sets out)( that)?\b[^.;:"]{0,100}?\b(must|shall|has to|have to|are to|is to)\b[^.;:"]{0,80}?\b(never|not)\b`

// dataKeptOut is a rule that keeps data out of a place ("live data
// never goes into test", "customer data can't be copied to laptops"):
// a rule kept, not a denial (v475).
const dataKeptOut = `\b(live|production|prod|real|customer|personal|sensitive|client|patient|cardholder|card) data (never|doesn't|does not|can't|cannot|won't) (go|goes|get|gets|leave|leaves|be|is)( copied| used| put| moved| loaded| sent| taken)? (into|in|to|onto|outside|out of|off|near)\b`

// bracketedRules is a list of rules in brackets, with a "no" item first or
// later: "(no lone working, no photos of racks, visitors escorted)",
// "(cooling, a locked rack, no water pipes overhead)". It names what the
// rules forbid, not what is missing.
const bracketedRules = `\((no [^(),]{1,50}, [^()]{1,100}|[^()]{1,80}, (and )?no [^()]{1,60})\)`

// discussedOnce is a talk held once, for a set time: "a contractor asked
// whether our accuracy metric was the right one, and we discussed it for
// an afternoon". It happened (notPlanned), once (adHoc); "we've discussed
// it" with no occasion is only talk (plannedOnly).
// oneOffSaid is a thing told or decided once: "the support team lead
// once told her people not to paste customer data into the chatbot", "the
// CTO decided once that we'd accept the hallucination risk". It is ad hoc
// (adHoc), and what was decided is not a guess (notHypothetical).
const oneOffSaid = `\b(once|one time) (told|warned|reminded|emailed|asked|mentioned|said|sent|decided|agreed|ruled|wrote)\b|\b(told|warned|reminded|decided|agreed|ruled|said) once\b`

// knowsIt is knowledge held by a person and not written: "the data
// scientist who built the claims model could tell you roughly what it's
// for", "accounts payable could tell you who we pay", "the product manager could explain the chatbot's purpose if
// asked", and the owner's own "I could tell you our goals …, because I
// wrote a few down" (v488). What someone could tell is no guess
// (notHypothetical); it is ad hoc (adHoc).
const knowsIt = `\b(the |our )?([\w-]+ ){0,4}(manager|lead|owner|scientist|engineer|developer|analyst|director|officer|(sys)?admin|administrator|founder|ceo|cto|cio|ciso|he|she|payable|receivable|finance|procurement|sales|hr|team|department|developers|engineers)( [\w'-]+){0,6} could (probably |roughly |easily )?(tell you|explain|say|describe|list|walk you through)\b|\bi could (probably |easily )?tell you (our|the|what|which|who|how)\b`

const discussedOnce = `\b(discussed|talked about|talked through|debated) (it|this|that|them) (for|over|during) (an?|one|the) (afternoon|morning|evening|hour|day|meeting|session|workshop|lunch)\b`

// saysNothing is a document that is silent on the practice: "the
// contract says nothing about it". It denies even where what comes
// before reads as reported speech ("…says that nobody …", notNegation).
const saysNothing = `\b(say|says|said|mention|mentions|cover|covers) nothing (about|on|of)\b`

var silentDocument = mustPattern(`(?i)` + saysNothing)

// saveWhen is a denial with its exceptions: "hasn't been opened since,
// except when a customer asked for a copy and our CTO fixed a couple of
// typos". What is done only then is done ad hoc (adHoc), not never
// (notNegation).
const saveWhen = `\b(hasn't|haven't|has not|have not|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|never)\b[^.;]{0,60},? (except|apart from|other than|save) (when|once|if|after|for (the|one|a) (time|occasion))\b`

// deniedCauseSo is deniedCause up to ", so": "degraded running dragged on
// because nobody owned the sign-off, so the service owner now signs it
// off" (see soNow), or "because contractors were leaving through agencies
// without telling us, so agencies now have to give notice" (v443).
const deniedCauseSo = `\bbecause ((nobody|no one|no-one)\b|[^.;,]{0,50}(n't|\bnot|\bnever|\bno|\bwithout)\b)[^.;,]{0,50},? so `

var signals = []signal{
	{1, "a practice is in place", "a practice that is actually performed",
		"What is done today for this control, even informally?", nil, nil},
	{2, "it is repeated on a cadence or by an owning team", "an owner or a regular cadence",
		"Who owns this, and how often is it done?",
		// (A rule every doer keeps is a standing practice: "anyone who runs
		// the model completes the course and a practical check".)
		// (A system "built to the approved standard" follows it, as one
		// run "under" it does, and laptops "covered by the mobile working
		// rules in our approved" policy (or "covered in the leaver section
		// of our approved" procedure) are covered by it, and users given "the
		// information our approved AI transparency procedure lists" get what
		// it says (and contracts hold "the security clauses our approved HR
		// policy prescribes", or "carry the security schedule from our
		// approved" standard), as labels put on
		// "according to the labelling procedure in our approved" policy
		// follow it. Lessons "captured in the approved" review are written where
		// an approved one says, as "defined in" it are; updates sent
		// "hourly" are on a cadence, and "she's done it for the last few
		// outages" repeats a practice as "for years" does.)
		// "Only the two platform engineers can deploy" names who owns it
		// (and "the infrastructure manager grants admin rights" does, as
		// "only the IT technician installs" software and "the facilities
		// lead keeps" rooms locked),
		// and so does "it's understood to be his call"; pulling "together
		// the same three people" repeats, and "that's what our approved
		// procedure says" follows one; "it's his own approach" (routine,
		// habit; "that's her practice", or "her firm habit", v431) is one
		// person's repeated practice
		// (and a habit a whole team "picked … up" is the team's; a gate,
		// "procurement won't issue a purchase order until legal
		// confirms" or a course operators complete "before they get
		// access", is a standing rule),
		// and "he's handled all of them that way" (or "has done for
		// years", "that's how it's worked since we moved to managed
		// laptops" (v362), "done triage that way since she joined",
		// "handled the
		// last two outages", "handled it that way for five years" (v366),
		// "handled the last seven cases that way", any number in words
		// (v395))
		// repeats, and "is the only one with production
		// keys" owns. Recovery declared over "against the exit criteria in
		// the approved" plan follows it, and "done it for the last six AI
		// suppliers" repeats, what is counted named in two words (v396).
		// A board that "won't fund a project without it" keeps a gate, and
		// what is done "before any AI project starts" is done each time one
		// does (v402). Software that "can only be installed on production
		// systems through the deployment pipeline" passes a standing gate
		// (v405), as does a change that "will reach production only
		// through the pipeline", or a developer who "will only ever work
		// in the dev environment" (v483). "Account managers send the notices" names who does it,
		// as "the account manager sends" does: a role in the plural, its
		// kind named (site leads, shift engineers, v412; since v416 a
		// subject of the singular reading, sharing its verbs).
		// A system that "won't let a contract be signed without" the
		// schedule, and a lead who "never lets a model go live until" a
		// colleague has reviewed it, keep a gate as "can't go live without"
		// does (v431).
		// A group or committee that "decides" (approves, reviews, meets:
		// present, so habitual) owns the practice, and "new sites get
		// checked against it" (new things checked, reviewed, rated) is a
		// step each one goes through (v432).
		// So is what "we review their code before merge" (or test, scan or
		// approve before go-live, release or contract): the object, if
		// any, is named, so "we test models a bit before release" is not
		// one (v433).
		// Modules staff complete "prior to being granted access" (before
		// being given or issued it) are a gate, as a course completed
		// "before they get access" is (v434).
		// A step named as a noun in a list (", risk review before
		// purchase") is one too, and purchase joins what it may come
		// before (v436).
		// Records "retained by the sustainability office" (kept, held,
		// maintained by an office, function or department) have an owner
		// (v449). Procedures "with named decision-makers" (a named owner,
		// approvers) are owned (v481). "Not a Monday goes by without" it
		// (not a week, not a sprint) is a cadence (v482), and so is the
		// time it takes each period ("half a day a week", "two days a
		// month", v493), read with "twice a month" since the review. An approved plan that "was followed step by step"
		// is followed as one we follow is (v494).
		// Software "only IT may install" (only the platform team can
		// change, only admins are allowed to grant) has an owner: the one
		// allowed to do it (v515).
		// A step an approved standard "requires" ("requires a safety review
		// step", mandates a sign-off, a check) is taken each time what it
		// governs is done: a standing rule (v520). "The last two
		// retirements followed it" (the last three releases have all
		// followed the procedure) repeats it (v521). A cadence in
		// shorthand ("2x/yr", "~4x/mo", "1x per quarter", "~15
		// reports/mo") is a cadence (v527). A rule "the finance
		// system enforces" (the platform, the pipeline) is kept every time
		// without anyone choosing to (v522). So are the rules an approved
		// procedure "sets … for the data centre cage": kept by whoever
		// works there (v523).
		mustPattern(`(?i)\bapproved (?:[\w-]+ ){0,4}(?:procedures?|polic(?:y|ies)|standards?) (?:sets|lays down|defines) (?:the )?rules for\b|\b(?:system|tool|platform|software|pipeline|erp|workflow|configuration) (?:enforces|automatically enforces) (?:it|them|this|that|the (?:[\w-]+ )?(?:split|rules?|separation|segregation|limits?|policy))\b|~?\b\d+x ?(?:/ ?|a |an |per )(?:yr|year|mo|month|wk|week|qtr|quarter|day)\b|~?\b\d+ [\w-]+ ?/ ?(?:mo|wk|yr|qtr|day)\b|\b(?:the )?last (?:\d+|` + numberWords + `) (?:[\w-]+ ){0,2}?[\w-]+s (?:have )?(?:all |each |both )?followed (?:it|them|the [\w-]+)\b|\bapproved (?:[\w-]+ ){0,4}(?:polic(?:y|ies)|standards?|procedures?|process|handbook|charter|guidelines?) (?:requires?|mandates?) (?:a|an) (?:[\w-]+ ){0,3}(?:step|stage|gate|sign-?off|check|review|assessment|test)\b|\bonly (?:the )?(?:` + departments + `|[\w-]+ team|(?:sys)?admins?|administrators?|(?:service|help) ?desk) (?:may|can|is allowed to|are allowed to|is permitted to|are permitted to) \w+|\b(?:approved|documented) (?:[\w-]+ ){0,4}(?:plans?|procedures?|playbooks?|runbooks?|standards?|process(?:es)?|checklists?) (?:was|were|is|are|gets|got) (?:followed|applied|used|run)\b|\bnot an? (single )?(day|week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|shift|sprint|release|weekend) (goes by|passes|goes past|ends)\b|\b(with|has|have) (a |an |one )?named (owners?|decision[- ]makers?|approvers?|accountable owners?)\b|\b(retained|kept|held|maintained|owned|managed) by the ([\w-]+ ){0,2}(office|function|department|unit)\b|\b(the|our) ([\w-]+ ){0,3}(group|committee|board|panel|council|forum) (decides|approves|reviews|signs off|owns|meets|chairs)\b|\b((we|they|the [\w-]+( team)?) (review|reviews|test|tests|pen test|pen tests|scan|scans|check|checks|approve|approves)( (their|the|our|its|each|every|all)( [\w-]+){1,2})?|(^\W*|, )(risk |security |legal |code )?(review|check|assessment|scan|sign-?off|approval)s?) (before|prior to) (merge|merging|release|releasing|go-live|going live|deployment|deploying|launch|launching|contract|onboarding|purchase|purchasing|buying)\b|\bnew ([\w-]+ ){0,2}[\w-]+s (get|are|must be|have to be|go through) ([\w-]+ )?(checked|reviewed|assessed|approved|tested|rated|scanned|vetted|signed off)\b|\b(nothing|no ([\w-]+ ){1,3})(goes|gets|is|are|can go|can be) (live|out|deployed|released|merged|shipped|switched on|turned on|used|bought|onboarded|signed|connected|installed)( [\w-]+){0,3} (until|without|unless)\b|\b(can't|cannot|can not|won't|will not|(won't|will not|never|doesn't|does not) (let|lets|allow|allows) (a|an|any|the|each|every) ([\w-]+ ){0,2}[\w-]+( to)?) (go live|go out|ship|be (switched|turned) on|be (used|deployed|released|bought|signed|onboarded|connected|installed|merged|shipped)|issue|sign|pay|release|approve|onboard|deploy|merge|grant|order|buy from|contract with|fund|start|staff|sponsor)( [\w-]+){0,3} (until|without|unless)\b|\bbefore any ([\w-]+ ){0,2}[\w-]+ (goes|is|gets|can) \w+|\bbefore (any|each|every) ([\w-]+ ){0,2}[\w-]+ (starts|begins|kicks off|launches)\b|\b(can|may) only be (installed|deployed|released|changed|granted|bought|added|made|connected|moved|pushed) ([\w-]+ ){0,4}(through|via|using|after)\b|\b(will|can|may) (reach|get to|go to|go into|enter) ([\w-]+ ){1,2}only (through|via|after|by)\b|\b(will|would) only (ever )?(work|run|deploy|build|be (installed|deployed|released|changed|granted|made|pushed))\b[^.;]{0,40}\b(through|via|using|after|in the)\b|\b(before (they|he|she|anyone|someone) (get|gets|are given|is given|receive|receives)|(before|prior to) (being|getting) (granted|given|issued))( [\w-]+)? (access|credentials|accounts?|logins?|rights|permissions)\b|\b(anyone|everyone|everybody) (who|that) [\w-]+ ([\w-]+ ){0,4}(completes?|passes?|takes?|signs?|goes through|must|has to|needs to|is required to|attends?)\b|\b((his|her) own|(it's|it is|that's|that is) (his|her))( (firm|fixed|settled|set|standing|usual|regular|strict|long-standing))? (approach|routine|practice|habit|method|way of (doing (it|things)|working))\b|\b(picked|took|got|fell) ((up|into) )?(the|this|that) habit( up)?\b|\b(is|'s|are|'re) the only (one|ones|person|people) (with|who (has|have|holds?))\b|\b(handled|ran|managed|dealt with|led|coordinated) (the|each of the|all of the) ` + lastCount + `\b|\b(has|have|'s|'ve|had) (done|run|kept|handled) ([\w-]+ ){0,4}((that|this|the same) way )?(for (years|ages|decades|a long time|(about |around |nearly |almost |over |more than )?(\d+|` + numberWords + `|several|many) (years|months)|the ` + lastCount + `)|since (the start|we started|launch|day one|(he|she|they|we) (joined|started|arrived|took over)))\b|\b(that's|that is|this is) how (it's|it has|things have|we've|they've|she's|he's) (worked|been done|run|gone)( [\w-]+)? (since|for) \w|\b(handled|done|run|dealt with|treated|managed|worked) (all|each|every one|every single one) of them (that|this|the same) way\b|\b(the|our) ([\w-]+ ){0,2}(manager|lead|officer|owner|admin|administrator|team|analyst|engineer|steward|coordinator|secretary|director|head) keeps? ((it|them|this|that|the [\w-]+( [\w-]+)?) )?(current|up to date|up-to-date)\b|\b(it's|it is|that's|that is)( understood to be| always been| seen as| considered)? (his|her|(the|our) ([\w-]+ )?(lead|manager|owner|head|officer|director|engineer|administrator|admin|analyst|architect|team|ciso|cto|cio|dpo)'s) (call|decision|job|responsibility)\b|\bonly (the|our) ([\w-]+ ){0,3}(engineers?|admins?|administrators?|leads?|managers?|officers?|dbas?|sres?|analysts?|technicians?|sysadmins?) (can|may|are allowed to|is allowed to|installs?|grants?|approves?|deploys?)\b|\b((board|committee|executive|leadership|management)[- ]approved|owner|owned|owns|responsible|accountable|team|every|each|hourly|daily|weekly|fortnightly|monthly|quarterly|annual(ly)?|yearly|regular(ly)?|routine(ly)?|scheduled|always|on (joining|leaving|request)|whenever|per (day|week|month|quarter|year)|on (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|weekdays)|(?:(once|twice|\d+ times|three times)|(?:half|an?|one|two|three|four|five|\d+)(?: (?:half|full))? (?:hours?|days?|afternoons?|mornings?|evenings?)) (a|an|per|each|every) (day|week|fortnight|month|quarter|year)|new (joiners|hires|employees|starters)|on (each |every |the )?shifts?|by (?-i:IT|HR|Ops|SecOps|Legal|Facilities|Finance)|every(one|body) (leaving|joining|starting|who (leaves|joins|starts))|on (every(one|body)'s|each (person|leaver|employee|starter|joiner)'s|every (person|leaver|employee|starter|joiner)'s) (last|first) day|all (leavers|joiners|starters|new starters)|((?-i:IT)|HR|Ops|SecOps|Legal|Finance|Facilities) ((\w+ ){1,4}(and|then) )?(runs?|handles?|owns?|enforces?|requires?|encrypts?|scans?|blocks?|grants?|resets?|backs? up|keeps? (a |an |the |its |their |our )?([\w-]+ ){0,2}(registers?|logs?|lists?|records?|inventor(y|ies)|catalogues?|catalogs?|trackers?)|turn(s|ed)? on|switch(es|ed)? on|enables?|enabled|rolls? out|rolled out|does|performs?|manages?|maintains?|conducts?|checks?|reviews?|collects?|sends?|removes?|revokes?|issues?|disables?|deletes?|creates?|provisions?|approves?|updates?|wipes?|configures?|installs?|deploys?|monitors?|enrols?|enrolls?|onboards?|offboards?|trains?)|(the (\w+ )?(person|lead|manager|officer|coordinator|administrator|sysadmin|admin|dba|engineer|analyst|specialist|controller|steward|champion)|(?:^|\. )(?:account|project|product|line|site|office|shift|duty|release|change|incident|data|security|network|system|service|facilities|it|hr|finance) (?:managers|leads|officers|administrators|admins|engineers|analysts|coordinators|controllers|stewards|champions)) (posts?|hands? out|issues?|runs?|handles?|does|checks?|reviews?|sends?|updates?|owns?|manages?|maintains?|grants?|removes?|revokes?|assigns?|keeps?|holds?|enforces?)|(reception|the receptionist|the (front|security|service|help) ?desk) (posts?|hands? out|issues?|checks?|signs?|logs?|records?|escorts?|handles?)|onboarding|(pulls?|pulled|brings?|brought|calls?|called|gets?|got|ropes?|roped) (together |in )?the same ([\w-]+ ){0,2}(people|team|group|crew|experts|engineers)|all (\w+ ){0,2}(\w+s|staff|personnel|people)|on-?call|on call|rota|24/7|around the clock|(under|per|follows?|followed|following|through|via|using|in line with|according to|as (set out|defined|required|described) (in|by)|(defined|set out|described|specified|required|set|stated|governed|controlled|regulated|captured|recorded|documented|written (up|down)|logged) (in|by)|part of|covered (by|in)|included in|carr(y|ies|ied)|includes?|contains?|(comes?|came|drawn|taken|derived) from|driven by|runs?|ran|use|uses|used|appl(y|ies|ied)|execut(e|es|ed)|against|(built|designed|engineered|configured|handled|works?|worked|working) to) ((the|our|its|their|an?) ([\w-]+ ){0,3}(rules|sections?|chapters?|clauses?|parts?|provisions|requirements|procedures?|steps|guidance|checklists?|templates?|schedules?|terms|criteria|matrix|matrices|thresholds|tiers) (in|of|from) )?(the|our|its|their|an?) (approved|documented|agreed)|\b(the|what) ([\w-]+ ){0,2}(our|the|its|their) (approved|documented|agreed) ([\w-]+ ){0,3}(polic(y|ies)|procedures?|standards?|plans?|rules|process) (lists?|` + docSays + `|specifies|prescribes|mandates|stipulates)\b|(that's|that is|this is|which is) (what|how) (the|our|its|their) (approved|documented|agreed) ([\w-]+ ){0,3}(polic(y|ies)|procedures?|standards?|plans?|rules|process) (` + docSays + `)|(published|available|communicated|sent|shown|issued|distributed|rolled out|applies|apply) (\w+ ){0,2}(for|to) every(one|body)\b|enforced (in|by|through|via|at|on) \w+|(required|mandated|mandatory) (for|of|on) (all|every)\b|(are|is|gets?|get) (recorded|logged|ticketed)|(recorded|logged|ticketed|filed|stored|kept) (in|on) (the |a |our )?\w+|(kept|maintained|owned|run|managed) by (the|a|our|each) (\w+ )?(lead|manager|owner|officer|administrator|admin)|(approved|signed off|signed|ratified|endorsed) (\w+ ){0,3}by (the |our )?` + approvers + `|\b(that |which )?(the |our )?` + approvers + ` (has |have |had )?(approved|signed( it| them)? off|signed-off|ratified|endorsed)|per (project|system|model|release|product|site|application|app|vendor|supplier|customer|use case|dataset|business unit|department|environment|region)\b|records? (are |is )?(kept|stored|filed)|(keeps?|kept|retains?|holds?|files?|filed) (the |all |their )?(signatures?|signed copies|records|logs|evidence)|(when|as) (they|people|staff|employees|someone|new \w+) (joins?|starts?|leaves?)\b|on (their |the )?(first day|last day|day one)|(checked|ticked) off (in|on|against) (the|a|an|our|each) \w+|with (a |the )?records?|(the )?same[- ]day|company-wide|organi[sz]ation-wide|across (the|all) \w+|(polic(y|ies)|standards?|procedures?|charters?) (spells?|spelled|spelt|sets?|lays?|laid) out|(for|across|throughout) the (whole|entire) (company|organi[sz]ation|group|business|firm|estate)|applies to|(enforced|managed|run|handled|owned|maintained|configured|set up|done|performed|carried out|applied|checked|reviewed|watched|monitored) by (?-i:IT|HR|Ops|ops|SecOps|the \w+( \w+)? (team|department|group|function)|facilities|security|legal|finance|procurement|compliance))\b`),
		// "we're across the EU AI Act" follows it and "compliant with all
		// applicable laws" claims it; neither reaches anything, and nor
		// does a law that "applies to us", or "whoever they know on the
		// team", and "our team is mostly engineers" says who is in it;
		// "anyone who's logged in" is signed in, not a record kept, and
		// "some datasets have a name and owner" names owners for a few;
		// "the team assumes" (thinks,
		// hopes …, or "treat AI as an engineering matter", v378) names no owner, and nor does a team feedback "reaches" or
		// "who's responsible for what"; "all there is" covers nothing, and
		// a team that "has a list" repeats nothing; nor do "a few emails
		// with the sales team" or "a team lunch" (or "a team meeting", v354)
		// name an owning team, nor
		// "a friend of the owner" (the business's) own anything. A register
		// "the compliance manager keeps current" is owned, and "that's all
		// customers are told" (or "that's all anyone looks at") says how
		// little, it names no one; nor does a
		// team that holds the things ("the ones in the finance team", "the
		// ones the sales team uses", "the tools our AI team uses", "mostly
		// the sales team's"); "before every training run the data team
		// runs" keeps its cadence. A "product owner" is a role's title, and
		// a client that "once made the project team sign one" made a team do
		// it once: neither names an owning team (v377). Numbers chosen "when
		// the team started" tell when, not who owns them (v412), and a
		// page "one manager forwarded … to her team" names who got it, not
		// who owns anything (v415), nor does a developer who "told the
		// sales team in a meeting" (v417; one alternative with v415's since
		// v430: a team as the addressee). Risk management that "is all about
		// threats" (entirely, mostly about) says what it covers, not who or
		// how often (v426). Steps done "all from his login" (all of this,
		// all on her) cover no kind of thing or people (v438). A
		// "red-team afternoon" names an exercise, not a team (v450).
		// What one person pays for out of "his own team's budget" is his,
		// not an owning team's practice (v457). Things a reader "flags to
		// the team" (forwards, passes on) have the team as addressee (v458).
		// Systems where "each runs on one server in one room" are each a
		// single point, no practice applied to each (v466). A team lead
		// the owner "asked" (checked with, spoke to) is who was asked, not
		// an owning team (v467). Phoning "each of those customers" covers
		// the ones one occasion named, no practice applied to each (v472).
		// Risk talk "always about what could go wrong" says what it is
		// about, not how often it happens (v473). Access "to every
		// repository" (read and write to each) is how far a permission
		// reaches, not a practice repeated (v494). "In our team one person
		// does both" names where, not an owning team (v476).
		mustPattern(`(?i)\b(?:access|read|write|rights?|permissions?)(?: and (?:read|write))? to (?:every|each|all)\b|^\W*in (?:our|the|my|their) (?:[\w-]+ )?team,? (?:one|a single|the same) (?:person|people|engineer|admin|developer|member)\b|\b(?:is|are|it's|'s|was|were) (?:always|usually|mostly|often) about\b|\beach of (?:those|these|them)\b|\b(?:asked|ask|asking|checked with|spoke to|spoken to|talked to|emailed|rang) (?:the|our|a|my) (?:[\w-]+ )?team (?:lead|leader|manager|head)s?\b|\beach(?: one)? (?:runs|sits|lives|is hosted|is running) (?:on|in) (?:one|a single|the same)\b|\b(?:his|her|their|my) own team's\b|\bred[- ]team(?:s|ing|ed|ers?)?\b|\ball (?:from|on|in|of|at|by|under|with|through|for|to|into|over) (?:his|her|this|its|hers|theirs)\b|\b(?:is|are|was|were|'s|'re) (?:all|entirely|mostly|only) about\b|\b(?:(?:forwarded|forwards|sent|emailed|passed|passes|showed|mentioned|mentions|flags?|flagged) (?:it |that |this |them |things |anything |something |stuff )?(?:on )?to|told|tells|informed|informs|briefed|briefs|warned|warns|reminded|reminds) (?:her|his|their|the|our) (?:[\w-]+ )?team\b|\bwhen (?:the|our|this) (?:[\w-]+ )?team (?:first )?(?:started|formed|began|was (?:formed|set up|created))\b|\beach other\b|\b(?:that's|that is|this is) all (?:\w+ ){0,2}(?:are|is|get|gets|were|was|have|has|hear|hears|see|sees|know|knows|looks?|reads?|checks?|uses?|wants?)\b|\b(?:friends?|mates?|relatives?|cousins?|nephews?|nieces?|brothers?|sisters?|sons?|daughters?|wife|husband|partners?|neighbou?rs?) of (?:the |our )?(?:owner|owners|boss|md|ceo|founder)\b|\b(?:the |our )?(?:owner|boss|md|ceo|founder)'s (?:friends?|mates?|relatives?|cousins?|nephews?|nieces?|brothers?|sisters?|sons?|daughters?|wife|husband|partners?|neighbou?rs?)\b|\bresponsible (?:design|development|innovation|practices?)\b|\b(?:chats?|talks?|conversations?|calls?|word|emails?|messages?) with (?:the |a |an |our |their )?(?:[\w-]+ )?(?:owners?|teams?)\b|\b(someone|somebody|one person|a person|one of us|whoever (they|you|we|he|she|people|users|staff) (know|knows|can find|can reach|trust|trusts)) (on|in|from) (the|our) (\w+ )?team\b|\b(our|the|my) ([\w-]+ )?team('s| is| are) (mostly|mainly|largely|entirely|all|just|only|made up of|full of)\b|\blogged (in|on) (can|could|may|to|as|with|via|through|and|or|at|from)\b|\b(who's|who is|who are|who has|who have|who've) (\w+ )?logged (in|on)\b|\b(some|a few|several|a handful of|one or two) ([\w-]+ ){0,2}(have|has) (an? )?([\w-]+ (and|or) )?owners?\b|\bteam (drive|chat|channel|site|folder|account|inbox|page|wiki|space|calendar|spreadsheet|mailbox|login|password|lunch(e)?|drinks|social|dinner|party|parties|outing|offsite|away-?day|breakfast|coffee|meeting)s?\b|\bthe same (for|across|on) (every|each|all)\b|\b(?:we're|we are|i'm|i am) (?:\w+ )?across\b|\b(?:compliant|aligned|complies|comply|conformant|conforms?) (?:with |to )?(?:all|every)\b[^.;]*|\b(?:we're|we are|it's|it is) (?:a |an |one )?(?:\w+ ){0,2}team\b|\b(?:it|this|that|which) all [\w-]+s\b|\bwho(?:'s| is) (?:responsible|accountable) for (?:what|which)\b|\b(?:the |our )?(?:[\w-]+ )?team (?:just )?(?:assumes?|thinks?|believes?|hopes?|reckons?|expects?|guesses|supposes|feels?|(?:treats?|treated|sees?|saw|regards?|regarded|views?|viewed) (?:[\w-]+ ){1,3}as)\b|\b(?:reaches|reach|reached|gets to|get to|makes it to|finds its way to|goes to|is passed to|is forwarded to|ends up with) (?:the |our )?(?:[\w-]+ )?team\b|\b(?:gdpr|the law|laws|regulations?|the regulation|(?:[\w-]+ )?act|hipaa|pci(?: dss)?|ccpa|dora|nis ?2|sox)(?: [\w-]+)? (?:applies|apply) to\b|\ball (?:[\w-]+ ){0,2}(?:is|was|has|does)\b|\b(?:the |our )?(?:[\w-]+ )?team (?:has|had) (?:a|an) (?:[\w-]+ ){0,2}(?:list|spreadsheet)s?\b|\bthe ones? (?:(?:that|which) )?(?:in|on|from|of|for|belonging to|used by|owned by) (?:the |our )?(?:[\w-]+ )?team\b|\b(?:(?P<keep>(?:before|after|ahead of) every)|the|all|any|every) (?:[\w-]+ )?[\w-]+s? (?:(?:that|which) )?(?:the|our) (?:[\w-]+ )?team (?:uses?|has|have|owns?|runs?|works? on)\b|\b(?:mostly|mainly|only|just|largely) (?:the|our) (?:[\w-]+ )?team's(?:\s*[.;,]|\s*$)|\bproduct owners?\b|\bonce (?:made|got|had|forced|asked) (?:the|our|their|its) (?:[\w-]+ )?team\b`)},
	{3, "it is documented and approved", "a documented, approved policy or procedure",
		"Is this written down in an approved policy or procedure that applies organisation-wide? Please link it.",
		// ("Sanctioned" is approved: "following our sanctioned assessment
		// method", and what goes "through our defined improvement process"
		// follows one defined for it, v367; "the continuity plan covers"
		// what is done in a disruption, as a runbook does, v374; roles "set
		// out in the AI staffing plan, which the AI steering group approves
		// every year" are in an approved document, v377, and so are roles in
		// "the roles document signed by the managing director", v380.)
		mustPattern(`(?i)\b(polic(y|ies)|documented|procedures?|standards?|stds?|runbooks?|playbooks?|approved|sanctioned|signed[- ]off|sign-off|ratified|endorsed|written|sop|handbook|manuals?|charter)\b|\bsigned (it|them|this|that) off\b|\b(continuity|contingency|disaster recovery|recovery|incident response|crisis|emergency) plans?\b|\b` + approvers + ` (formally )?adopted\b|\b` + governingDocs + ` (formally )?(signed|ratified|endorsed) (\w+ ){0,2}by (the |our )?` + approvers + `|\b` + governingDocs + `(,| —| -)? (which|that) (the |our |its )?([\w-]+ )?` + approvers + ` (formally )?(approves|re-?approves|ratifies|endorses|signs off)\b|\b(our|the|a|an|its|their) (formally )?defined ([\w-]+ ){0,2}(process|processes|method|methodology|workflow|programme|program|lifecycle)\b`),
		// A request, change or purchase approved by someone is a workflow
		// step, not an approved document (what comes before "approved" is
		// kept), and so is one launch "signed off" ("our COO signed off
		// the forecasting model's launch after a ten-minute demo", which
		// is ad hoc), and so is a list of "what's approved", a use case
		// "before it's approved to start" or a purchase logged "on the day
		// it's approved", and a text "written … by" someone (but not one
		// "written down and approved by" the board); what is checked
		// "against the company's other policies" names them, it documents
		// nothing; "standard
		// practice" is habit, not a standard, and so is "her standard", "a
		// standard part of the chat" or "the standard security paragraph
		// she's used for years" or "our standard NDA" (the usual one, v390),
		// and "his own runbook" is his, as is a
		// playbook that "only exists as his checklist" ("runs the same
		// playbook each time" is a routine); pushing
		// "the approved ones" names requests approved, not a document, and a
		// budget request a director "has approved it each time" is a
		// workflow step too; what is done "rather than anything in a
		// policy" is not in one (v351). Done "without any written maintenance
		// procedure or approval" is done without one (v395). But "the
		// approved change and exception process" is an approved process, not
		// a change approved (kept, v402), and so is "the approved change
		// management process" (v404). A COO who "signed off the fraud
		// model's launch" approved one launch, not a document (v421).
		// "Std" is a standard, and "facilities signed it off" signed one
		// off, but not where "nobody signed it off" (v432). A routine "set
		// up herself and never documented" is no document (v458).
		mustPattern(`(?i)\b(?:and |but )?never (?:documented|formali[sz]ed|written (?:down|up)|wrote (?:down|up))\b|\bwithout (?:any |a |an )?(?:written|documented|formal)(?: [\w-]+){0,2} (?:procedures?|polic(?:y|ies)|process|standard|rules?|guidance|plan)(?: or (?:approval|sign-off))?\b|\bsigned[- ]off (?:on )?(?:the|a|an|one|that|this) (?:[\w-]+ ){0,3}[\w-]+'s (?:[\w-]+ )?(?:launch|release|go-live|rollout|deployment|purchase)\b|\bsigned[- ]off\b[^.;]{0,60}\b` + inPassing + `\b|\b(?:has|have|had) (?:approved|signed off|agreed) (?:it|them|the request|the budget) (?:each|every) (?:time|year|round)\b|\b(?:rather than|instead of) (?:(?:anything|something) )?(?:(?:in|from|set out in|written (?:down )?in) )?(?:a |an |any |the )?(?:\w+ )?(?:documented|written|approved|formal|polic(?:y|ies)|procedures?|standards?|runbooks?|playbooks?)\b[^.;]*|\b(?:his|her|their|my)(?: own)? (?:standards?|rules?|procedures?|polic(?:y|ies)|runbooks?|playbooks?)\b|\bwritten (?:warnings?|reprimands?|apolog(?:y|ies)|exams?|consent)\b|\b(?:what|whatever|which|everything|anything) (?:(?:he|she|they|we|i) (?:has |have |had )?|(?:'s|is|are|gets?|got|was|were) (?:\w+ )?)approved\b|\bmanual (?:[\w-]+ )?(?:handling|mode|fallback|control|operation|intervention|processing|go/no-go|go-no-go|go/no go|checks?|steps?|reviews?|approvals?|sign-?offs?|gates?|tests?|testing|overrides?|triggers?|releases?|deploy(?:s|ments?)?|updates?|backups?|restores?|work|effort|tasks?|entry|entries|process(?:es)?)\b|(\b(?:requests?|tickets?|changes?|forms?|access|exceptions?|purchases?|deployments?|releases?|PRs?|pull requests?)\b[^.;]{0,40}?)\bapproved by\b|\b(?:approved|signed off|sign-off|signoff)(?: is)? by (?:the |their |a |an |his |her )?(?:\w+ ){0,2}(?:managers?|leads?|owners?|supervisors?|requesters?|reviewers?)\b|\b(?:signed off|approved|okayed|rubber-stamped) (?:the|its|their|our) (?:[\w-]+'s )?(?:[\w-]+ )?(?:launch|go-live|rollout|roll-out|purchase|hire)\b|\b(?:before|after|once|when|as soon as|(?:on )?the (?:same )?(?:day|moment|minute|hour|week)(?: that)?) (?:it's|it is|it gets|it was|it's been|it has been|they're|they are|they get|they were|they've been|they have been|each one is|one is) approved\b|\b(?:is|are|gets?|got|was|were) approved to (?:start|proceed|go ahead|launch|begin|go live)\b|(?P<keep>\b(?:the|our|its|their) approved (?:changes?|exceptions?|requests?|access|release|purchase)(?: (?:and|or) [\w-]+)?(?: management)? (?:process|procedure|policy|standard|workflow)s?\b)|\b(?:the|any|all|only the) approved (?:ones|requests?|changes?|tickets?|items?|pull requests?|prs?|merges?)\b|\bthe same (?:[\w-]+ )?(?:playbook|runbook)s?\b|\b(?:the |our |a |an )?(?:[\w-]+ )?(?:playbook|runbook|procedure|process|policy|plan|standard)s? (?:only|just) (?:exists?|lives?) (?:as|in) (?:his|her|their|my|someone's|one person's)(?: own)? (?:[\w-]+ )?(?:checklists?|notes?|heads?|memory|notebooks?|emails?|spreadsheets?|inbox)\b|\b(?:standard|usual) (?:\w+ )?(?:practice|part|parts|bit|process|processes|thing|way|routine|questionnaire|form|setup|set-up|step|notebook|script|image|query|library|list|lists|catalogue|menu|tool|spreadsheet|clauses?|wording|terms|language|boilerplate|contracts?|letter|email|text|paragraphs?|sections?|blurbs?|sentences?|ndas?|non-disclosure agreements?|confidentiality agreements?|agreements?|templates?|offer letters?|packs?|kits?|builds?)\b|\bas standard\b|\bapproved by [^.;]{0,30}\b(?:each|every) (?:time|one|update|release|change|request|post)\b|\b(?:list|register|catalogue|catalog|inventory|allowlist|whitelist)s? of approved\b|\bgroup polic(?:y|ies)\b|\b(?:a few|some|several|two|three|four|five|\d+|a handful of|a sample of|one or two) (?:\w+ )?(?:polic(?:y|ies)|procedures?|standards?|runbooks?|playbooks?)\b|\bwrit(ten|es|e|ing) up\b|\bwritten(?: down)?\b(?: and (?:updated|kept|maintained|owned|edited|shared|stored|held|run|managed|circulated|revised|reviewed))?(?: for (?:each|every) \w+)? by\b|\bwritten (?:by (?:the |a |our |each )?(?:\w+ ){1,3})?(?:in|into|on) (?:its|the|their|a|our|each) (?:\w+ )?(?:readme|wiki|notes?|notebook|slack|email|ticket|spreadsheet|doc|jira|prd|confluence|page)\b|\b(?:against|with|to) (?:the |our |its |their )?(?:company's |organi[sz]ation's |group's )?other (?:polic(?:y|ies)|standards?|procedures?)\b|\b(?:nobody|no one|no-one|never|not|hasn't|haven't|didn't)\b[^.;]{0,30}\bsigned (?:it|them|this|that) off\b`)},
	{4, "it is measured", "a metric, target or tracking",
		"How do you measure whether this works — which metric or target, and who reviews it?",
		// Each exercise or drill that "gets scored" (is graded, timed) is
		// measured, as "we score each exercise" is (v495). So are "residual
		// risk scores reviewed quarterly" (tracked, reported, v497), and
		// what a team "tracks … our regression scores weekly" (v498).
		// A share written out ("under twenty percent headroom") is a
		// figure, as "20%" is, and one that "breaks its tolerance" was
		// set against a limit, as figures a committee "holds … to the
		// goals it agreed" are; "what gets watched is how many" counts. Reporting "the time from detection to
		// containment" (or "the volume of" something) measures, as reporting "to
		// Grace monthly on" figures that include "days from retirement to
		// destruction" does (v471), and so
		// does reviewing "against a four-hour goal" and reporting "the
		// actual cost … next to the estimate" and "reporting the completion
		// rate"; so do recovery times "tabled … next to our recovery time
		// objectives" (or hours reported "against the plan") and approval
		// rates compared "across groups". Reviewing "the blocked-category report
		// monthly" (a report, dashboard or the figures, on a cadence)
		// reviews a measure, and tracking "defects found after release
		// per model" (what is tracked, told by how it was found) tracks
		// per model as "defects per model" does (v366); auditing "the
		// records each quarter for missing items" counts what is missing
		// on a cadence, as auditing "each record for missing" fields does
		// (v370).
		// Tracking "lost and stolen laptops" counts them, as tracking
		// "missed deadlines" does.
		// Checking "whether the risks we ranked highest were the ones
		// that caused incidents" compares a ranking with what happened,
		// and tracking "vendor model changes that broke our features"
		// counts them.
		// A rate given as a count per period ("alarms ran at (about) forty a
		// month") was counted, and so is whatever "we count" (or "…
		// and count") in the
		// plural ("releases rolled back within a week"), and what is
		// reconciled against another list; "we scan
		// monthly for" what should not be there (or "for unencrypted
		// stores weekly"), "we survey role
		// holders each year", reporting "GPU utilisation … against the
		// capacity plan", reporting "storage headroom per system to" a
		// group, what "averaged twelve per system", reporting "the median
		// days to patch", "we watch the … hit rate", "since we started
		// timing", "the accuracy gap … is checked each release", comparing
		// "each release's error rate with the last" (or "each year's scores
		// with what actually happened", "each assessment's predicted harms
		// with complaints") and scoring "every plan
		// against the exercise objectives", sampling "a hundred documents",
		// reporting "the share correctly labelled to" a group, comparing
		// "actual savings with the forecast", checking "against the
		// standard's minimum", a group that "weighs them against agreed
		// tolerances" (or "checks them against the appetite it agreed"),
		// two figures "each against a goal" (or "both set beside the
		// ceilings those rules allow"), looking "at what percentage
		// of" anything, reporting "progress … as a percentage
		// complete", timing "each phase" (or "every subject access
		// request"), reporting "licence use per
		// tool against what we pay for", "the failed-change rate",
		// "kilowatt-hours per training run to" a committee, keeping "a count
		// of resets", reviewing "false blocks weekly", tracking
		// "certificates expiring without renewal" (or "vendor model updates
		// that reach us without notice"), tracking "three
		// indicators", reporting "monthly on the number of" anything and
		// "a post-incident review that scores our response" measure, and so
		// does scoring "how many security controls stayed in place", and
		// checking each assessment "a year later against what actually
		// happened", or comparing "each assessment's predicted harms with
		// the complaints received" (or "the assessment with the complaints
		// received"), sampling "each quarter", and reporting "each model's accuracy …
		// every quarter against its agreed minimum" (or "monthly, against
		// agreed service levels"), reporting "to the AI board each month how
		// many" (or telling, giving or showing a group "how many" or "the
		// number of" (or reporting "every quarter what fraction of"), or
		// confirming to one "what proportion of", or tracking
		// "what share of alerts analysts close as benign", or
		// reporting "to the AI board every quarter the share
		// of"), comparing "the losses we predicted with what actually
		// happened", and checking "a year on
		// whether the predicted impacts on individuals happened", or "each
		// case for missing evidence", reporting "how well each system's
		// offline scores predicted its live performance" or giving "a
		// quarterly figure for the share of checks passed", scoring "each
		// capability out of five", and a rate "compared with its release
		// baseline", and keeping "a running tally of" something, and figures
		// a manager "takes … to the quarterly risk meeting against the
		// standard's limits". A backlog "reviewed at the monthly operations
		// meeting" is a list gone through, not a figure; one reported,
		// tracked or trended is one (v361). Exercises "which we score on how
		// quickly each supplier gets on the call" (scored, rated or graded
		// on how fast, often or well) measure (v378), and so does
		// tracking "how closely each study's participants match the user
		// population" (v386). Reviewing "which sources led to a
		// detection or a block" counts each source's yield (v383). A pack
		// that "gives the count of drift alarms, the median minutes before
		// someone responded", and reporting "monthly breaches of those
		// levels", count (v399); since v400 the first reads in the same
		// alternative as reporting "the share … to" someone. Monitoring that
		// "showed most renewals were being done by hand" gave a share (v403).
		// A lead who "works out how many datasets in use have a complete
		// record" counts them (what share, proportion or percentage, v411),
		// and logging "every time an engineer has to depart from a runbook"
		// counts the departures (deviations, skips, overrides, failures).
		// Legal that "scores our status against each one" (compliance,
		// position, progress) measures it (v413). A committee that "sees
		// each quarter how cyber risks move against appetite" (how they
		// trend or stand against it) reviews a measure (v415). Reporting
		// "findings introduced per thousand lines" (tracking, counting or
		// measuring a rate per hundred, thousand or million of something)
		// measures (v418). A gap that "has narrowed from nine points to
		// three" (widened, shortened) is a figure followed over time, as
		// one that fell from nine to three is (v419). Alerts that "went from
		// about thirty a week to four" fell from a figure told roughly, and
		// tracking "reports filed late" (delivered, submitted, closed late or
		// overdue) counts them as tracking "late reports" does (v421), and
		// reporting "on treatments past their due date" (review, expiry or
		// renewal date) counts overdue ones (v422; one alternative with
		// v421's since v428). "We are counting the doors found open"
		// (tallying, measuring: the present progressive) counts them as
		// "we count" does (v439). Tracking "projects that reach go-live
		// with open high findings" counts them (v441). An owner who says
		// "I count alerts that needed action" counts as "we count" does
		// (v442).
		// "We score its findings and track closure" tracks how findings
		// close, as tracking them "to closure" does (v468). Tracking
		// "assessment scores and operator errors" counts them (v470).
		// Tracking "the findings that escape to production" counts what
		// slips through (v492).
		// Tracking open findings "and how long they stay open" (take,
		// remain) measures them (v503).
		// Reviewing "the compliance score" (a secure score, a coverage or
		// posture score) each month reviews a measure (v509); a risk score
		// is an assessment, not a measure of the practice. Scoring "how
		// many controls still work" (how much, how well) measures (v510).
		// So does tracking "attendance" (participation, uptake) or "the
		// timeliness of those reports" (v511), and counting "improvements
		// raised and completed" (opened, closed), and tracking "leakage test
		// results per model" (v511).
		// "We report it monthly" (on it, each quarter), said of the whole
		// practice and ending the clause, tracks it (v509).
		// What is counted per site (team, system, supplier) each period
		// ("Facilities counts door-forced and door-held alarms per site
		// each month") is counted whoever counts it, and tracking the
		// "days to resolve each" is tracking the time (v502).
		// Leads who "get the count of high findings merged" each month
		// (receive the number, the share) are given a measure, and "we
		// report the time to fix" (track the days to close) measures the
		// time (v515). A committee that "scores progress against" the
		// objectives measures it, and so does a board that reviews the
		// scores "against the incidents that actually happened" (outcomes,
		// results, actuals) (v516). Reviewers who "score each plan's
		// completeness" (quality, coverage) measure it (v523). So do those
		// who "track the error" of their estimates (the time to close,
		// v524), and an office that "reports 1x/qtr how each system scores
		// against" the objectives (v527).
		mustPattern(`(?i)\breports? (?:[\w/~]+ )?how (?:each|every|the) [\w-]+ scores? against\b|\btrack(?:s|ed|ing)? (?:[\w-]+(?: [\w-]+)?, )?(?:the |our |its |their )?(?:estimation )?(?:error|errors|time to (?:close|fix|resolve|respond|contain|detect|recover|restore|remediate))\b|\bscor(?:es|ed|ing|e) (?:each|every|the|our|its|their) (?:[\w-]+ ){0,2}?(?:[\w-]+'s )?(?:completeness|quality|accuracy|coverage|maturity)\b|\bscor(?:es|ed|ing|e) (?:our |the |their |its )?progress\b|\b(?:reviewed|compared|checked|tested|reviews|compares|checks) (?:[\w-]+ ){0,6}against (?:the )?(?:incidents|outcomes|results|actuals|losses|failures)(?: (?:that|which) (?:actually |really )?(?:happened|occurred))?\b|\b(?:we|they|(?:the|our) [\w-]+(?: [\w-]+)?) (?:track|tracks|tracked|are tracking|is tracking) whether\b|\b(?:get|gets|got|receive|receives|received|are sent|is sent|are given|is given) (?:the |a )?(?:(?:weekly|monthly|quarterly) )?(?:count|number|tally|share|percentage|rate) of\b|\b(?:report|reports|reported|reporting|track|tracks|tracked|tracking|measure|measures|measured|measuring) (?:the )?(?:time|days|hours|weeks) (?:to|taken to|it takes to) \w+|\btracks? [^.;]{0,60}\band how long (?:they|it|each) (?:stays?|takes?|remains?)\b|\b(?:counts|counted|tallies|tallied) (?:[\w-]+ ){1,6}(?:per|by|for each) (?:site|team|system|office|supplier|model|release|server|building|region|depot)\b|\b(?:tracks?|tracked|tracking|logs?|logged|measures?|measured) (?:[\w-]+ ){0,4}(?:and )?(?:the )?(?:days|hours|weeks) (?:to|it takes to) (?:resolve|close|fix|remediate|respond|triage)\b|\b(?:tracks?|tracked|tracking|counts?|counted|counting|logs?|logged|measures?|measured) (?:the |all |every |any )?(?:[\w-]+ )?(?:findings|defects|bugs|vulnerabilities|flaws|issues|incidents|errors) (?:that|which) (?:escape|escaped|slip|slipped|reach|reached|make it|made it|get|got|leak|leaked) (?:in)?to (?:production|prod|live|customers)\b|\b(?:tracks?|tracked|counts?|counted|logs?|logged|reports?|reported|reviews?|reviewed|monitors?|monitored)\b[^.;]{0,30}?\b(?:on )?(?:the |all |any |every |each )?(?:[\w-]+ ){1,3}(?:(?:filed|delivered|submitted|closed|paid|returned|completed|fixed|patched|shipped|applied|done|made|sent|renewed|finished) (?:late|overdue)|past (?:their|its|the) (?:due|review|expiry|target|renewal) dates?)\b|\b(?:reports?|reported|reporting|tracks?|tracked|tracking|counts?|counted|measures?|measured|monitors?|monitored)\b[^.;]{0,60}\b[\w-]+ per (?:hundred|thousand|million|\d[\d,]*) [\w-]+|\b(?:sees?|saw|gets?|reviews?|is shown|are shown) [^.;]{0,40}\bhow [^.;]{0,40}\b(?:moves?|moved|trends?|trended|stands?|stood) against\b|\bscor(?:e|es|ed|ing) (?:our|its|their|the) (?:[\w-]+ )?(?:status|compliance|position|standing|performance|progress) against\b|\b(?:log|logs|logged|record|records|recorded) (?:every|each) time (?:[\w-]+ ){1,4}(?:departs?|deviates?|skips?|bypasses|overrides?|fails?|misses|depart|deviate|skip|bypass|override)\b|\b(?:works?|worked|working) out (?:how (?:many|much|often)|what (?:share|proportion|percentage|fraction) of)\b|\b(the |our |that |this )?(monitoring|tracking) (showed|shows|revealed|found)( that)? (most|many|half|a (third|quarter)|nearly all|almost all|only a few|\d+%|\d+ (percent|per cent)|` + numberWords + ` (in|out of) (\d+|` + numberWords + `))\b|\b(reports?|reported|counts?|counted|tracks?|tracked|logs?|logged) ((daily|weekly|monthly|quarterly) )?(breaches|misses|exceedances) of (those|the|our|its|their|agreed|contracted) ([\w-]+ )?(levels?|targets?|thresholds?|slas?|limits?)\b|\b(score|scores|scored|scoring|rate|rates|rated|rating|grade|grades|graded) (them|it|each ([\w-]+ )?[\w-]+|every ([\w-]+ )?[\w-]+|all of them)? ?(on|by) how (quickly|fast|soon|often|well|many|much|long|far|closely)\b|(\b(tabled|presented|reports?|reported|reporting|shown|takes?|took|brings?|brought)\b[^.;]{0,80}\b(next to|alongside|beside|against) (the |our |its |their )?([\w'-]+ ){0,3}(objectives?|targets?|rtos?|rpos?|slas?|slos?|plans?|budgets?|limits|tolerances)\b|\b(compare|compares|compared)\b[^.;]{0,30}\b(rates?|scores?|accuracy|outcomes?|results)\b[^.;]{0,30}\b(across|between|by) ([\w-]+ )?(groups?|segments?|regions?|sites?|teams?)\b|\b(reports?|reported|reporting|tracks?|tracked|tracking|measures?|measured|times?|timed) the (time|days|hours|minutes|lead time|delay) (from|between|it takes|taken)\b|\breports? to ([\w-]+ ){1,3}((monthly|weekly|quarterly|each month|every month) )?on [^.;]{0,80}\b(time|days|hours|minutes|weeks) from [\w-]+( [\w-]+)? to [\w-]+\b|\bagainst (a|an|the|its|their|our) (\d+|` + numberWords + `)[- ](hour|day|minute|week|second|month)s? (target|goal|limit|sla|slo|objective)\b|\b(review|reviews|reviewed|go through|goes through|went through|look at|looks at|looked at) (the |our |a |that |this |those |these )?([\w-]+ ){0,2}(reports?|dashboards?|scorecards?|stats|statistics|figures?|numbers?|metrics?) (daily|weekly|fortnightly|monthly|quarterly|every (day|week|fortnight|month|quarter|sprint)|each (day|week|month|quarter|sprint))\b|\b(we|they|the [\w-]+) (score|scores|scored) how (many|much|often|well|far|long)\b|\b(keeps?|kept|keeping) (a |an )?(running |monthly |weekly |quarterly )?(tally|count) of\b|\b(score|scores|scored|rate|rates|rated) (each|every) [\w-]+( [\w-]+)? (out of|on a|from) (\d+|` + numberWords + `|a)\b|\bcompared (with|to|against) (its|their) ([\w-]+ ){0,2}(baselines?|benchmarks?)\b|\b(check|checks|checked|compare|compares|compared) (each|every) ([\w-]+ )?(one|[\w-]+)\b[^.;]{0,30}\bagainst what (actually )?happened\b|\b(check|checks|checked|review|reviews|reviewed|audit|audits|audited) ((each|every) [\w-]+|(the |our |all )?([\w-]+ ){1,2}(each|every) (day|week|month|quarter|year|release|sprint)) for (missing|absent|incomplete|lost|late|overdue|out-of-date|stale) [\w-]+|\b(check|checks|checked|review|reviews|reviewed|look|looks|looked)( back)?( (a|one|two|six|twelve) (year|years|months?|quarters?))?( on| later| afterwards)? (at )?whether (the |our |each )?(predicted|expected|forecast|estimated|assessed|anticipated) ([\w-]+ ){0,4}(happened|occurred|materiali[sz]ed|came true|came about)\b|\b(we|they|the [\w-]+) (scan|scans|sweep|sweeps|search|searches) ((\w+ ){0,2}(daily|weekly|monthly|quarterly|nightly|every (day|week|month|quarter|night)) for|for ([\w-]+ ){1,3}(daily|weekly|monthly|quarterly|nightly|every (day|week|month|quarter|night)))\b|\b(we|they|the [\w-]+) (survey|surveys|poll|polls) [^.;]{0,40}\b((each|every|once a) (year|quarter|month|half-year|release|cycle)|annually|yearly|quarterly|monthly)\b|\b(we|they|i|the( [\w-]+){1,3}|and) (count|counts|tally|tallies) (the |how many |our )?([\w-]+ ){0,3}(items?|entries|[\w-]{2,}s)\b|\b(?:we|they|the(?: [\w-]+){1,3}) (?:are|'re|is|'s) (?:counting|tallying|measuring) (?:the |how many |our )?(?:[\w-]+ ){0,3}(?:items?|entries|[\w-]{2,}s)\b|\b((weighs?|weighed|weighing|checks?|checked|checking|judges?|judged|judging|sets?|setting|holds?|held) (them|it|both|each|those|these|the (figures?|numbers?|counts?|results?|rates?|scores?))( [\w-]+)? (against|beside|next to|alongside|up to|to)|(each|both|all|every one|them|the (figures?|numbers?|counts?))( of them)?( are| were)? ((set|put|laid|held|shown|weighed|checked|compared|measured|judged) )?(against|beside|next to|alongside)) (a |an |the |our |its |their |agreed )?([\w-]+ ){0,2}(goals?|targets?|limits?|tolerances?|appetite|thresholds?|ceilings?|floors?|objectives?)\b|\b(reviews?|reviewed|reviewing|compares?|compared|reports?|reported|reporting)\b[^.;]{0,100}\bagainst (the |our |its |their |agreed |an? )?([\w-]+ ){0,3}(objectives?|rtos?|rpos?|limits?|ceilings?|tolerances?|appetite|baselines?|accuracy|benchmarks?|minimums?|maximums?|floors?|service[- ]levels?)\b|\b(metrics?|kpis?|kris?|statistics|stats|sampled|sampling|sample checks?|spot[- ]checks?|spot[- ]checked|measured?|measures|measuring|dashboards?|slas?|slos?|targets?|mean time|(mean|average|median) age|mttr|audited|(scored|rated|graded) (daily|weekly|monthly|quarterly|(each|every) (day|week|month|quarter|sprint|release))|track(s|ed|ing)?( [\w-]+){0,3} (rates?|times?|completion|percentages?|numbers?|counts?|against)|(tracked|counted|monitored) (and|&) (reviewed|reported)|counted|(we|they|it) counts? the (number|share|percentage|proportion)|((we|they|it) (tracks?|tracked|measures?|measured|monitors?|scores?|rates?|grades?)|(we|they|it|the [\w-]+( [\w-]+)?) (counts?|counted|tally|tallies)) [^.;]{0,60}\b((per|each|every) (day|week|month|quarter|year|release|sprint)|daily|weekly|monthly|quarterly|yearly|annually|twice a year)\b|(number|share|percentage|proportion|rate) of [^.;]{0,60}\b(is|are) (tracked|reviewed|reported|monitored|measured)|(reviewed|measured|judged|assessed|evaluated|tracked|gauged) (\w+ ){0,3}(using|by|through|from) (the )?(number|share|percentage|proportion|count|rate) of|track(s|ed|ing)? ([\w-]+ ){0,3}((found|raised|reported|opened|logged|caught|detected|missed|filed) ((after|before|in|during|at|by|through|from) ([\w-]+ ){1,2})?)?(per|for each|across) \w+|track(s|ed|ing)? by (severity|priority|category|type|region|department|business unit|system|application|site|month|week|quarter)\b|(reviews?|reviewed|reviewing|reports?|reported|reporting|tracks?|tracked|tracking|monitors?|monitored|monitoring|looks? at|looked at|looking at|sees|saw) ((each|every|per) (day|week|month|quarter|year|sprint|release) |daily |weekly |monthly |quarterly |yearly |annually )?(to (the |our )?([\w-]+ ){1,3})?((each|every|per) (day|week|month|quarter|year|sprint|release) |daily |weekly |monthly |quarterly |yearly |annually )?(on |about )?(the |what )?(number|share|percentage|proportion|fraction|count|volume|rate|age|ages|average|median) of|(rates?|figures|numbers|counts|scores|ratios?|percentages?|trends?|failures?|findings|incidents|errors|exceptions|breaches)\b[^.;]{0,40}\b(reports?|scorecards?|dashboards?)|scorecards?|(reports?|reported|tracks?|tracked|measures?|measured|records?|recorded) (the )?([\w-]+ ){0,2}(used|spent|consumed|taken|lost|saved) per [\w-]+|((ran|running|stood|sat|hovered|averaged|peaked) (at )?(around |about |roughly |nearly |almost |some |over |under )?(\d+|` + numberWords + `)( [\w-]+)?|\b(there were|we had|we saw|we got) (around |about |roughly |nearly |almost |some |over |under )?(\d+|` + numberWords + `|several|a few|a handful|a couple|a dozen|dozens)) (a|per|each) (day|week|month|quarter|year|sprint|release)\b|(rose|fell|dropped|went|improved|climbed|grew|shrank|narrowed|widened|shortened|came down|cut|reduced|increased|lowered|(are|is|was|were) (now )?(down|up)) [^.;]{0,30}\bfrom (about |around |roughly |nearly |almost |some |over |under )?(\d+|` + numberWords + `|(half )?a dozen|dozens)[^.;]{0,12}\bto (\d+\b|` + numberWords + `\b|none\b|zero\b)|(cut|reduced|lowered|raised|increased|decreased|dropped|fell|rose|grew) [^.;]{0,30}\bby (half|a half|a third|two thirds|a quarter|three quarters|\d+ ?%|\d+ per ?cent)|(reviews?|reviewed|tracks?|tracked|logs?|logged|reports?|reported) (the |all |any |every |each )?(missed|late|overdue|failed|breached|lapsed|lost|stolen|rejected|reopened)( (and|or) (missed|late|overdue|failed|breached|lapsed|lost|stolen|rejected|reopened))? [\w-]+|(reviews?|reviewed|checks?|checked|reads?) (the |these |those |its |their )?(figures|numbers|counts|stats|statistics)\b|(each|every) (day|week|month|quarter|year|sprint|release),? (we|they|it) (count|counts|tally|tallies|track|tracks|measure|measures|score|scores|sample|samples)\b|(reports?|reported|reviews?|reviewed|tracks?|tracked|counts?|counted|records?|recorded|watch(es|ed)?) (\w+ ){0,7}how (many|much|often|long|quickly|fast|well|closely)\b|\b((tells?|told|gives?|gave|shows?|showed|brings?|brought|presents?|presented|sends?|sent|confirms?|confirmed) ([\w-]+ ){1,7}(how many|(the|what) (number|share|percentage|proportion|fraction|count|rate) of)|(tracks?|tracked|tracking|measures?|measured|measuring|monitors?|monitored|monitoring) what (number|share|percentage|proportion|fraction) of)\b|\b(daily|weekly|monthly|quarterly|yearly|annual) (figures?|numbers?|counts?|scores?|rates?|percentages?) (for|of|on)\b|(compares?|compared|comparing) ([^.;]{0,40}\b)?(results?|performance|latency|scores?|accuracy|precision|recall|metrics?|rates?|times?|figures|numbers|counts?|errors?|drift|outcomes?)\b[^.;]{0,20}\b(against|with|to) (the |its |their |our |each |a |an )?([\w-]+ ){0,2}(baselines?|targets?|previous (runs?|months?|quarters?|years?|releases?)|last (run|month|quarter|year|release)('s)?)\b|(coverage|compliance|adherence)( per \w+| by \w+| across \w+)? (is |are )?(tracked|measured|monitored|reported|scanned|(checked|reviewed) (\w+ ){0,2}(daily|weekly|monthly|quarterly|yearly|annually|every \w+|each \w+|against))|(reviews?|reviewed|tracks?|tracked|monitors?|monitored|reports?|reported|reporting) (the |their |its |our )?([\w-]+ ){1,3}(rates?|ratios?|percentages?)\b|(reviews?|reviewed|tracks?|tracked|monitors?|monitored|reports?|reported) (the |their |its |our )?([\w-]+ ){0,2}(compliance|secure|security|coverage|hygiene|posture|conformance) scores?\b|\bscor(e|es|ed|ing) how (many|much|well|often)\b|\b(counts?|counted|counting|tallies|tallied) ([\w-]+ ){0,3}[\w-]+s (raised|opened|closed|completed|resolved|found|fixed|reported|made|done)( and (raised|opened|closed|completed|resolved|found|fixed|reported|made|done))?\b|\b(tracks?|tracked|tracking|records?|recorded|logs?|logged|trends?|trended) ([\w-]+ ){0,4}results (per|by|for each|across) [\w-]+|\b(timeliness|punctuality|completeness|attendance|participation|uptake|turnout)( of [\w-]+( [\w-]+){0,3})? (is|are|gets?) (tracked|measured|monitored|reported|counted)\b|\b(track|tracks|tracked|tracking|count|counts|counted|measure|measures|measured|report|reports|reported) (the )?(timeliness|punctuality|completeness|attendance|participation|uptake|turnout)\b|\b(we|they|the [\w-]+( team)?) (report|reports|reported) (it|them|on (it|them)) (monthly|weekly|quarterly|every (month|week|quarter)|each (month|week|quarter))(\s*$|\s*[.;:]\s+)|(reviews?|reviewed|tracks?|tracked|monitors?|monitored|reports?|reported) (the |their |its |our )?([\w-]+ ){0,2}(counts|totals|trends?|delays|durations|ages?|(lead|cycle|turnaround|wait|waiting|response|resolution|provisioning|processing|recovery|restore|approval|triage|fix|repair|detection|containment|handling) times)\b|(reports?|reported|presents?|presented|sends?|sent|shares?|shared) (each |every |the |their |its |our )?([\w-]+'s )?([\w-]+ )?(scores?|ratings?|grades?|results|counts?|figures?|numbers|totals?|tallies|tally) (\w+ ){0,3}to\b|completion (is |are )?(measured|reported)|(closure|completion|resolution|remediation)( times?| rates?| dates?)? (is |are )?(reviewed|reported|measured)|(review(s|ed)?|check(s|ed)?|monitor(s|ed)?|report(s|ed)?) [^.;]{0,40}\bagainst (the |their |its |our )?([\w']+ )?(deadlines?|due dates?|targets?|slas?|slos?|budgets?|objectives?|thresholds?|baselines?|limits|tolerances?|rtos?|rpos?|levels?|minimums?|maximums?|floors?)|\w+ per (\w+ )?\w+ (is |are )?(reviewed|reported|counted|measured|trended|tracked|monitored)|(times?|uptime|downtime|availability|rates?|counts?|numbers?|figures|durations?|latency|age|turnaround|throughput|volumes?|accuracy|precision|recall)\b[^.;]{0,40}\b(is|are) (reported|measured|reviewed|trended|tracked|monitored)|backlog\b[^.;]{0,40}\b(is|are) (reported|measured|trended|tracked|monitored)|` + trackedOnACadence + `|(lessons[- ]learned|improvement|corrective|remedial|post-?mortem|post-?incident|retro(spective)?) (actions?|items|tasks|fixes)\b[^.;]{0,20}\b(is|are) (tracked|followed up|monitored|chased) (through |to |until |till )(closure|completion|resolution|they('re| are) (closed|done|fixed))|reported (\w+ )?to|(findings|issues|incidents|events|errors|failures|exceptions|defects|breaches|violations|vulnerabilities|alerts|alarms|gaps|variances|deviations|discrepancies|shortfalls|disagreements|complaints|escalations|overrides|rejections|near[- ]misses|missed [\w-]+|false (positives|negatives)|(\w+ )?reports|overdue( \w+){1,2})( per \w+|( found| raised| identified| logged| opened| caught)( (in|by|during|from)( [\w-]+){1,3}?)?)? (is |are )?(reported|reviewed|counted|trended)|(reviews?|audits?|checks?|scans?|tests?|sweeps?) (\w+ )?(found|showed|revealed|identified|flagged|turned up) \d+|\b(reviews?|audits?|checks?|scans?|tests?|sweeps?|exercises?) (kept|keep|keeps) (finding|showing|flagging|turning up)\b|\b(the |that |this |each |every )?(count|tally|total|figure|score|rate|pass rate)s? (goes|go|is sent|are sent|is reported|are reported|is presented|are presented) to\b|\b(scores?|results|pass rates?|marks)( \w+){0,2} (were|was|came (in|out)) (weak|low|poor|bad|down|high|good|strong|below|under|above)\b|thresholds?|benchmark(s|ed|ing)? [^.;]{0,40}\bagainst\b|\b(audits?|audited|checks?|checked|tests?|tested|measures?|measured)\b (the |its |their |our )?([\w'-]+ ){0,2}(accuracy|completeness|coverage)\b[^.;]{0,30}\b(daily|weekly|monthly|quarterly|yearly|annually|twice a year|every \w+|each \w+)\b|\b(indicators?|kris?|kpis?|proxies)\b[^.;]{0,20}\b(reviewed|tracked|reported|monitored|checked) (daily|weekly|monthly|quarterly|yearly|annually|every \w+|each \w+)\b|\b(tracks?|tracked|tracking|counts?|counted|counting|measures?|measured|measuring) (\w+ )?(re-?infections?|re-?openings?|reopened \w+|recurrences?|repeat (incidents?|failures?|findings?|infections?)|regressions?|relapses?)\b|\b(scored|rated|graded) against\b|\b(track|tracks|tracked|count|counts|counted|log|logs|logged|review|reviews|reviewed|check|checks|checked) (which|how many) ([\w-]+ ){0,2}[\w-]+s (led|lead|leads|produced|produce|produces|resulted|result|results) (to|in|) ?(a |any )?([\w-]+ ){0,2}(detections?|blocks?|alerts?|findings?|hits?|catches|true positives?)\b|\b(we|they|the [\w-]+) (track|tracks|tracked|count|counts|counted|log|logs|logged) ([\w-]+ ){0,3}[\w-]+s (that|which) (reach|reached|broke|break|failed|fail|caused|cause|missed|miss|slipped|slip|leaked|leak)\b|\b(check|checks|checked|compare|compares|compared|review|reviews|reviewed)\b[^.;]{0,30}\bwhether (the )?([\w-]+ ){0,4}(we|they) (ranked|rated|scored|predicted|expected|flagged|prioriti[sz]ed)\b[^.;]{0,40}\b(caused|led to|produced|became|turned into|resulted in) (the )?(incidents?|losses|failures|outages|breaches|problems)\b|\b(gets?|given|assigned|receives?) (a |an )?([\w-]+ )?(scores?|ratings?|grades?) (every|each|per) (day|week|month|quarter|half-year|year|release|sprint)\b|\b(audit|audits|audited|check|checks|test|tests|review|reviews|inspect|inspects|verify|verifies|re-?run|re-?runs|restore|restores|test-restore|test-restores|re-?score|re-?scores|spot-check|spot-checks) a (random |small |monthly |quarterly |weekly |representative )?sample\b|\btimed\b[^.;]{0,40}\b(reviewed|reported|compared|against)\b|performance (packs?|reports?|reviews?|scorecards?)|(compar(e|es|ed)|check(s|ed)?|reconcil(e|es|ed)|validat(e|es|ed)|back-?test(s|ed)?) ((\w+ )?[\w-]+'s (\w+ ){0,2}|(\w+ ){0,2})(with|against) (the |our |their )?(actuals?|outcomes?|incidents?|losses|results?|complaints( received| raised| logged)?|what (actually )?happened|reality)|(checked|reconciled|compared) (\w+ ){0,2}against (the |our |their )?(\w+ )?(register|inventory|records|templates?|checklists?)|(counts?|numbers|rates?|volumes?|attempts|incidents|alerts|events|failures|errors|tickets|complaints|detections|findings|violations|clicks)( (about|of|from|on|in|for|with|against|per)( [\w-]+){1,3})? (rose|fell|grew|dropped|increased|decreased|spiked|doubled|halved|climbed|jumped|went (up|down))|(counts?|counted|track(s|ed|ing)?|measur(e|es|ed|ing)|record(s|ed|ing)?|monitor(s|ed|ing)?|report(s|ed|ing)?|time(s|d)?) how (long|fast|quickly|often|many|much)\b|\bcheck(s|ed|ing)? ((daily|weekly|monthly|quarterly|yearly|annually|each \w+|every \w+) )?how (many|much|often|long)\b|\b(we|they|it|the \w+) (randomly )?samples? [^.;]{0,40}\bto (check|verify|confirm|test|see how (many|much|often|well)|find out how (many|much|often|well)|count)\b|\b(we|they|the \w+) time (each|every|all( the| our)?) ([\w-]+ ){0,2}(phases?|steps?|stages?|drills?|exercises?|tests?|runs?|restores?|failovers?|recover(y|ies)|rollbacks?|releases?|deployments?|incidents?|responses?|shutdowns?|requests?|tickets?|cases?|calls?|changes?|patches?|builds?|escalations?|onboardings?|offboardings?)\b|\bscored (badly|poorly|low|well|high)\b|\b(reviews?|assessments?|audits?|surveys?|checks?|tests?|exercises?) (that|which) (scores?|rates?|grades?|measures?|times?)\b|\b(survey(s|ed)?|poll(s|ed)?) (all |our |the )?(\w+ )?(staff|users|employees|people|customers|teams|managers|owners)\b|\b(reports?|dashboards?|scorecards?|packs?|summar(y|ies)) (showing|with|giving|listing|that shows?) (the )?(number|share|percentage|proportion|count|rate) of|\b(readings?|temperatures?|humidity|measurements|sensor data|telemetry)\b[^.;]{0,60}\b(reviewed|checked|looked at) (daily|weekly|monthly|quarterly|every \w+|each \w+)\b|\b(count|counts|counted|tally|tallies|tallied|record|records|recorded|log|logs|logged) the (misses|failures|errors|defects|findings|exceptions|gaps|deviations|incidents|breaches|violations|rejections|overrides)\b|\b(each|every|all)( [\w-]+){0,2} (drills?|exercises?|tests?|rehearsals?|runs?|simulations?) (gets?|is|are|was|were|got) (scored|graded|marked|timed)\b|\b(risk )?scores?( are| get| were)? (reviewed|tracked|monitored|reported|trended) (daily|weekly|fortnightly|monthly|quarterly|yearly|annually|each|every)\b|\btracks?\b[^.;]{0,80}\b(scores?|rates?|counts?|figures|metrics)( [\w-]+)? (daily|weekly|fortnightly|monthly|quarterly)\b|\b(scores?|scored|grades?|graded|rates?|rated) (each|every) (one|drill|exercise|test|run|release|model|supplier|assessment|system|application|app|service|project|vendor|site|event|incident|outage|failure|case|investigation|audit)\b|\b(scores?|ratings?|grades?) (that|which) [^.;]{0,30}\b(reviews?|reviewed|tracks?|tracked|monitors?|monitored|trends?|trended)\b|\b(actual|actuals)\b[^.;]{0,40}\b(next to|against|beside|alongside|compared (with|to)|versus|vs\.?) (the |our |its |their )?(estimates?|forecasts?|predictions?|budgets?)\b|(estimated|estimates?|forecasts?|predicted|planned)\b[^.;]{0,30}\b(and|against|with|vs\.?|versus) (the )?(actual|actuals|real|outcomes?|what (actually |really )?happened|([\w-]+ ){1,2}(received|reported|observed|seen|recorded|raised|logged))\b|((share|number|count) (of|found|caught|spotted|closed|resolved|fixed|raised|handled) |percentages?|proportion|rates?|median|average|mean (time|days|age)|coverage|ratios?|figures|(time|days)(-to-[\w-]+| to \w+))\b[^.;]{0,60}\b(is |are )?(sent|goes|go|shared|presented|circulated|submitted|escalated|emailed) (to|into))\b|\b(we|they|the [\w-]+) (report|reports|reported) (\w+ ){0,2}(daily|weekly|monthly|quarterly|nightly|every (day|week|month|quarter|sprint)) on (the |all |any )?([\w-]+ )?(devices|machines|laptops|servers|systems|accounts|users|models|hosts|endpoints|assets|apps|applications|records|tickets|findings|vulnerabilities|patches)\b|\b(compares?|compared|comparing|checks?|checked) (each|every|the new|a new|the latest|each new|every new) ([\w-]+ )?(release|version|model|build|run|retrain)s? (with|against|to) (the )?(last|previous|prior|one before)( one)?\b|\b(on|against) (a |the |our )?(fixed|held-out|holdout|golden|frozen|reference)( (test|evaluation|eval|benchmark|validation))? (sets?|suites?)\b|\breconcil(e|es|ed|ing) ([\w-]+ ){1,4}against\b|\b(reviews?|reviewed|tracks?|tracked|monitors?|monitored|reports?|reported|measures?|measured) (the )?(availability|uptime|downtime)\b|\b(reviews?|reviewed|reports?|reported|tracks?|tracked|monitors?|monitored|compares?|compared) ([\w-]+ ){0,3}(utili[sz]ation|usage|use|consumption|spend)\b[^.;]{0,40}\bagainst\b|\breports? ([\w-]+ ){1,3}per [\w-]+( [\w-]+)? to\b|\baverag(ed|es|ing) (at |around |about )?(\d+|` + numberWords + `)( [\w-]+)? (a|per|each) [\w-]+|\b(reviews?|reviewed|reports?|reported|tracks?|tracked|monitors?|monitored) (the )?(median|average|mean|typical|maximum|longest) (days|hours|minutes|weeks|time|age|delay|wait)\b|\b(watch|watches|watched|watching|keep an eye on|keeps an eye on|kept an eye on) (the |our |its |their )?([\w-]+ ){0,3}(rates?|ratios?|counts?|percentages?|numbers|trends?|scores?)\b|\b(started|began|begun|start) (timing|measuring|tracking|counting|scoring)\b|\b(we|they|the [\w-]+) (tracks?|tracked|monitors?|monitored) (their |its |the )?(closure|completion|resolution|remediation)\b|\b(we|they|the [\w-]+) (tracks?|tracked|monitors?|monitored) ([\w-]+ ){0,2}(scores|errors|error rates?|failures|failure rates?|defects)( and ([\w-]+ ){0,2}(scores|errors|error rates?|failures|failure rates?|defects))?\b|\b(keep|keeps|kept) (a |the )?(count|tally|running count|running total)\b|\b(review|reviews|reviewed|count|counts|counted|track|tracks|tracked) (the )?false (blocks|positives|negatives|alarms|alerts|matches|hits)\b|\b(compares?|compared|comparing) (each|every) ([\w-]+)'s ([\w-]+ ){0,2}(rates?|scores?|results?|accuracy|errors?|figures?|counts?|times?) (with|against|to) (the )?(last|previous|prior|one before)\b|\b(scores?|rates?|grades?) (each|every|all|the) ([\w-]+ ){0,2}against\b|\b(reports?|reported|reviews?|reviewed|tracks?|tracked) (the )?progress\b[^.;]{0,40}\b(as a percentage|in percent|percentage complete|against (the )?(targets?|milestones?|plan))\b|\b(reports?|reported|reviews?|reviewed|tracks?|tracked|gives|give|gave|shows|show|showed|lists|list) (the |our |a )?(share|percentage|proportion|number|count|rate|median|mean|average) (([\w-]+ ){0,4}(to|against)|of|before|for)\b|\b(we|they|the [\w-]+) samples? (a |an )?(\d+|` + numberWords + `|few|handful|dozen|hundred)\b|\b(compares?|compared|comparing|checks?|checked|reviews?|reviewed|reports?|reported|presents?|presented|tracks?|tracked)\b[^.;]{0,40}\b(actual|actuals|real|realised|realized)\b[^.;]{0,30}\b(with|against|to|vs\.?|versus) (the |its |their )?(forecasts?|estimates?|plans?|predictions?|budgets?|business cases?|targets?)\b|\b(gaps?|differences?|drift|variance|deltas?)\b[^.;]{0,50}\b(is|are) (checked|measured|reviewed|tracked|monitored|compared|reported) (each|every|daily|weekly|monthly|quarterly)\b|\b(we|they|the ([\w-]+ )?[\w-]+) ((track|tracks|tracked|count|counts|counted) |(report|reports|reported) ((each|every) ([\w-]+ )?(day|week|month|quarter|year|release|sprint|review)s? |(daily|weekly|monthly|quarterly|yearly|annually) )(on )?)` + lackingThings + `|\b(track|tracks|tracked|measure|measures|measured|monitor|monitors|monitored|report|reports|reported) ([\w-]+ ){0,2}(indicators?|kris?)\b|\b(breaks?|broke|breaches?|breached|exceeds?|exceeded|crosses?|crossed) (its|their|the|our|an?|agreed) ([\w-]+ )?(tolerances?|limits?|ceilings?|appetite)\b|\d+\s?%|\b` + percentage + `\b)`),
		// An alert that fires above a threshold measures nothing anyone
		// reviews (alarms reviewed against the thresholds are kept), and
		// "annual reviews score each person against their profile" appraise
		// people, they measure no practice;
		// "each model's metric review" reviews the metrics, it measures
		// nothing;
		// "100% of laptops are encrypted" (or "a hundred percent of") says
		// how far a practice reaches, thresholds "documented in its runbook
		// and configured in monitoring" are set, not reviewed,
		// and a dashboard that "is linked from its register entry" is an
		// artefact, not a measure anyone reviews; nor is a plan that "names
		// its owner, metrics and review dates" (or one "covering metrics,
		// user feedback and incident handling"), nor a standard that sets
		// what each system records "and how long logs are kept" (a
		// retention period), nor "every server build is checked against its
		// baseline" (each conforms; nothing is counted), nor reviewing "the
		// effectiveness of our evaluation metrics" (it reviews the metrics),
		// nor events that "are reported under the approved procedure" (the
		// practice, not a count), nor "each application's protection
		// measures" (safeguards, not measurements), nor each item "checked
		// off against the asset register" (ticked off, not counted), nor
		// being "audited once a year by an independent auditor" (the
		// review done, not a measure of it), nor a plan that "sets recovery
		// targets for each critical system" (targets set, not reviewed), nor
		// risks "tracked over time in the AI risk register" (recorded), nor
		// a standard that "sets encryption, monitoring and SLA requirements"
		// (terms required, not measured), nor "test sets, metrics and the
		// tools … are recorded in its model test plan" (written down, not
		// measured), nor experts "signing off the metrics and thresholds"
		// for their setting, nor "how AI risks are measured for each
		// deployment is set with" experts, nor a guide that "ties each metric
		// to a risk" or a team that "approves the metric set" (chosen, not
		// measured), nor experts who "help design risk measures" or "the
		// reasons each metric was chosen" (designed or chosen, v368; a panel
		// that "agrees the measures" with a team, v418), nor
		// each risk that "gets at least one metric" (assigned, v373), nor
		// an acceptance "above the threshold" that "carries the CFO's
		// signature" (who signs, not what is measured, v391), nor data that
		// "must meet the thresholds in the approved data quality standard,
		// for example at most 2% missing values" (a bound set, not a
		// figure found, v422). A practice "on 95% of our servers" (or
		// "for about 90% of incidents") tells how far it reaches, not a
		// figure measured (v466). Nor does a threshold that says when a
		// practice applies: an outage "affecting more than 5% of
		// customers", a system that "crosses the high-risk threshold"
		// (thresholdOnly, v491). A standard that requires "each new
		// metric or test set to be checked" checks metrics, and measures
		// nothing itself (v503).
		// Nor are "the case files sampled" that "followed it" (the
		// sign-in sheets sampled were complete): what an auditor looked
		// at, not a figure the practice keeps (v523).
		mustPattern(`(?i)\b(?:the )?(?:[\w-]+ ){0,3}?[\w-]+s sampled (?:were|was|had|have|all|followed|showed|matched|complied|met)\b|\b(?:each|every|any) (?:new )?(?:metric|measure|kpi)s?(?: or (?:[\w-]+ ){0,2}[\w-]+)? (?:is |are )?(?:to be |gets? |must be )?(?:checked|validated|reviewed|tested|approved|verified)\b|\b(?:on|across|for|in) (?:about |roughly |around |nearly |almost |over |some |just over |just under )?\d+(?:\.\d+)?% of (?:our|the|all|its|their)\b|(\b(?:reviews?|reviewed|compares?|compared|checks?|checked) [^.;]{0,60}\bagainst (?:the |its |their |our )?(?:[\w-]+ )?thresholds?\b)|\b(?:must |should )?(?:meet|meets|met|within|under) (?:the |its |their )?thresholds? (?:in|of|set (?:in|by)|from) (?:the |our |its )?(?:approved )?(?:[\w-]+ ){0,3}(?:standard|policy|procedure|guideline|document)\b|\b(?:at most|at least|no more than|no less than|not more than|a maximum of|a minimum of|up to) (?:\d+\s?%|` + percentage + `)|\b(?:above|over|beyond|below|under) (?:the|a|an|its|their|our|that) (?:[\w-]+ )?thresholds? (?:carries|carry|needs?|requires?|must have|gets?|takes?) (?:the |a |an )?(?:[\w'-]+ ){0,2}(?:signature|sign-off|approval)\b|\b(?:ties|tie|tied|links?|linked|maps?|mapped) (?:each|every) (?:metric|kpi|measure) to\b|\b(?:each|every) [\w-]+(?: [\w-]+){0,4} (?:gets?|got|receives?|received|is given|are given|was given|is assigned|are assigned|was assigned) (?:at least )?(?:one|a|an|its own|their own)(?: or (?:two|more))? (?:[\w-]+ )?(?:metric|kpi|measure)s?\b|\b(?:approves?|approved|chooses?|chose|picks?|picked) (?:the )?(?:metric|kpi|measure)s? sets?\b|\b(?:signs?|signed|signing) off (?:the |their |its |each )?(?:[\w-]+ )?(?:metrics?|kpis?|measures|thresholds)(?: and (?:metrics?|kpis?|measures|thresholds|targets))?\b|\bhow (?:[\w-]+ ){1,3}(?:is|are) (?:measured|tracked|scored|counted|assessed) [^.;]{0,60}\b(?:is|are) (?:set|defined|documented|set out|described|specified|agreed|decided)\b|\b(?:reviews?|appraisals?|assessments?|managers?|leads?) (?:score|scores|rate|rates|grade|grades) (?:each|every) (?:person|employee|member of staff|engineer|candidate|individual|team member)\b|\b(?:count|counts|counted|counting) (?:on|upon|ourselves|themselves|yourselves)\b|\b(?:hard|harder|difficult|impossible|tricky|easy|easier)[- ]to[- ](?:measure|track|quantify|count)\b|\b(?:metrics?|kpis?|measures?) (?:appropriateness|suitability|selection|choice)\b|\b(?:slas?|slos?|kpis?|metrics?) (?:requirements?|clauses?|terms)\b|\b[\w-]+'s (?:metrics?|kpis?) reviews?\b|\b(?:effectiveness|appropriateness|suitability|selection|choice|relevance) of (?:our |the |its |their )?(?:[\w-]+ )?(?:metrics?|kpis?|measures?)\b|\bhow (?:we|they|teams?|the \w+) (?:measures?|tracks?|scores?|counts?|assess(?:es)?) [^.;]{0,60}\b(?:is|are) (?:defined|documented|set out|described|specified|written(?: down)?|laid out)\b|\b(?:can't|cannot|can not|couldn't) (?:yet |easily |readily )?be (?:measured|tracked|quantified|counted)\b|\b(?:alerts?|alarms?|pages?|paging|notifications?|triggers?)\b[^.;]{0,60}\bthresholds?\b|\b(?:metrics?|kpis?|measures|indicators)\s+themselves\b|\bthresholds?\b[^.;]{0,40}\b(?:set|configured|defined|held|kept|documented|recorded|written) (?:in|on|into) (?:the |a |an |our |each |every |its |their )?(?:[\w-]+ )?(?:tool|system|platform|console|configuration|config|runbooks?|monitoring|register)\b|\bthresholds?\b[^.;]{0,20}\b(?:page|pages|alert|alerts|trigger|triggers)\b|\b` + percentage + ` of (?:the |our |all )?(?:\w+ ){0,2}(?:are|is|have|has|get|gets|were|was)\b|\b(?:metrics?|kpis?|measures|slas?|slos?)(?: and \w+)?(?: (?:for|of|on)(?: [\w-]+){1,3}?)? (?:are |is |was |were )?(?:documented|defined|listed|written down|described|set out|specified|set|chosen|selected|picked|agreed)\b|\b(?:picks?|picked|chooses?|chose|chosen|selects?|selected|designs?|designed|designing|devises?|devised|defines?|defined|agrees?|agreed) (?:the |its |their |our )?(?:\w+ )?(?:metrics?|kpis?|measures)\b|\b(?:[\w-]+ ){0,2}[\w-]+, (?:metrics?|kpis?)(?: and|,| or) (?:[\w-]+ ){0,8}(?:are|is) (?:recorded|documented|listed|written down|described|defined|set out|kept|held|stored) in\b|\b(?:names?|lists?|sets? out|covering|covers?) (?:(?:its|their|the|an?) )?(?:[\w-]+,? ){0,4}(?:and )?(?:metrics?|kpis?|performance targets?)\b|\b(?:metrics?|kpis?) (?:lists?|catalogues?|catalogs?|library|libraries|menus?|templates?)\b|\b(?:dashboards?|scorecards?) (?:is|are) (?:linked|listed|kept|stored|recorded|filed|referenced|attached)\b|\breported (?:\w+ )?to (?:the |our |any |all )?(?:affected |impacted )?(?:customers?|clients?|users?|regulators?|authorities|police|individuals|data subjects|people|patients|public)\b|\bhow long (?:[\w-]+ ){0,3}(?:is|are|gets?|must be|should be|can be) (?:kept|retained|held|stored|archived)\b|\b(?:is|are|gets?) (?:checked|verified|validated|compared) against (?:its|their) (?:own )?(?:baselines?|standards?|checklists?|templates?|specs?|specifications?)\b|\b(?:is|are|gets?|get) reported (?:under|through|via|using|in line with|according to|following)\b|\b(?:security|protection|protective|technical|organi[sz]ational|control|safety|mitigation|mitigating|preventive|preventative|privacy|defensive|compensating|physical) measures\b|\b(?:checked|ticked|crossed|marked) off against\b|\b(?:is|are|gets?|was|were) audited (?:once a year |annually |yearly |every year |each year )?by (?:an? |the |our )?(?:independent|external|third-party|outside) (?:auditors?|firms?|part(?:y|ies)|assessors?)\b|\b(?:sets?|sets out|set out|defines?|defined|names?|states?|specif(?:y|ies|ied)) (?:the |its |their |our )?(?:recovery|restore|restoration|continuity|availability|uptime) (?:time )?(?:targets?|objectives?)\b|\btracked over time in (?:the |an? |our )?(?:[\w-]+ ){0,3}(?:registers?|inventor(?:y|ies)|logs?|lists?)\b|` + thresholdOnly)},
	{5, "it is improved from results", "improvement from measurements, incidents or reviews",
		"What changed recently because of the measurements, an incident or a review?",
		// What "we got replaced" (had revised, got added) after or when a
		// result showed a trouble was changed from it, as what "we
		// replaced" was (v495). So was what followed "three retros in a row
		// blamed slow access …, so we gave …" (post-mortems, reviews that
		// pointed to a cause), and "When label errors crept above 3% …, the
		// team added …" (a rate that rose past a figure, v496), and what
		// was added when a risk "stayed above appetite two quarters
		// running", or what "a spike … led us to", told with its outcome
		// ("…, and the weekly count is down to near zero", v497). So was
		// what followed "two near-outages last winter traced back to the
		// payments queue, so we moved it …" (v499: one alternative with
		// the retros' "blamed …, so"), and what "went in"
		// after "those records showed the comms room running hot, so …"
		// (readings, logs, alarms that showed a trouble, v500). So was what
		// was added after "one release where the count jumped:" (v501).
		// A trouble that "turned out to be an application accepting unsigned
		// tokens, so we added" checks was found and acted on; so was one
		// that "happened in four of the first twelve incidents …, so we
		// added" a check (v411, v412).
		// What "was added" (introduced, made mandatory) after a result
		// "showed" a trouble, told with its outcome ("…, lifting
		// acknowledgement to 97%", "cutting the median from 60 to 20
		// hours") was changed from it, with or without a comma before it
		// (v523); so was a procedure "amended" (revised, updated) "when
		// repeats showed up", told "with no repeats since" (v524). Rules
		// the team "retuned" (reworked, recalibrated) "when false
		// positives hit 40%", "bringing them under 10%", were improved
		// (v525), as were runbooks rewritten "when it dipped to 70% …,
		// back to 94%" (v527).
		mustPattern(`(?i)\b(?:when|after|once) (?:the )?(?:[\w-]+ ){0,3}?(?:hit|reached|passed|topped|rose above|went above|crept above|climbed to|dipped to|fell to|dropped to)\b[^.;]{0,40}?,? (?:the |our )?(?:[\w-]+ )?(?:team|lead|engineers?|we|they) (?:retuned|re-tuned|tuned|rewrote|reworked|adjusted|recalibrated)\b[^.;]{0,60}?,? (?:bringing|cutting|reducing|taking|lifting|halving|back to)\b|\b(?:after|when) (?:the |our |its |their |it |that |this )?(?:[\w-]+ ){0,3}?(?:showed|showed up|revealed|flagged|found)\b[^.;]{0,80}?\b(?:was|were) (?:added|introduced|made mandatory|made|changed|moved|rewritten|rebuilt|replaced|redesigned|tightened|automated|amended|revised|updated)\b[^.;]{0,80}?(?:,? (?:lifting|raising|cutting|bringing|reducing|taking|halving|doubling)\b|,? with no (?:repeats?|recurrences?|repeat [\w-]+) since\b)|\b(?:turned out to (?:be|come from|have been|stem from) [^.;]{0,80}?|(?:that|this|it|which) (?:happened|occurred|came up|recurred) (?:in|on|at) (?:\d+|` + numberWords + `) (?:of|out of) [^.;]{0,60}?),? so ` + soWho + ` ([\w-]+ ){0,2}(re-?)?(` + changeVerbs + `)|\b(improv\w*|lessons? learned|retrospectives?|post-?mortems?|continual(ly)?|continuous(ly)?|root.cause|refin\w*|optimi[sz]\w*|` +
			`(re-?)?(` + changeVerbs + `)\w*\b[^.;]{0,60}\b(after|based on|because of|following)|` +
			// A figure that "hit 7% on the fraud model, so we rebuilt the
			// test set" (reached, topped, climbed to) was acted on (v485).
			`\b(hit|reached|passed|topped|exceeded|rose to|climbed to|went up to)( about| around| nearly| over)? (\d+|` + numberWords + `)\b[^.;,]{0,40},? so (we|they|the \w+) (re-?)?(` + changeVerbs + `|rebuil|retrain)\w*|` +
			// A change made "once the data showed it was feasible" (when the
			// figures said so), or rotation tightened "on those numbers", is
			// made from results (v481).
			`(re-?)?(` + changeVerbs + `)\w*\b[^.;]{0,60}\b(once|when) (the |our |those |these )?` + troubleShowers + ` (showed|revealed|suggested|told us|made clear)\b|` +
			`(re-?)?(` + changeVerbs + `)\w*\b[^.;]{0,40}\bon (those|these) (numbers|figures|results|metrics|findings|measurements)\b|` +
			`(re-?)?(` + changeVerbs + `)\w*\b[^.;]{0,40}\b(at|in|during) (the|each|every|our) (daily|weekly|fortnightly|monthly|quarterly|annual|yearly) (reviews?|retros?|retrospectives?)\b|` +
			// a change after what prompted it, told at some length ("after a
			// spike in complaints about the translation tool's handling of
			// regional dialects, we added …"; a team named in capitals,
			// "after the logging cluster ran out of disk twice …, SRE changed
			// its forecasts", v378);
			`(after|because of|following|based on) [^.;]{0,120}\b(we|they|it|the \w+|(?-i:[A-Z]{2,6})) ([^.;]{0,40} and )?(re-?)?(` + changeVerbs + `)\w*|` + stopImproves + `|` +
			`\b(after|because of|following|based on|when|once) [^.;]{0,120}\b(we|they|s?he|the \w+) (got|had) ([\w'-]+ ){1,4}?(re-?)?(` + changeVerbs + `)\w*|` +
			`(\b(\d+|` + numberWords + `|several|both|all|most)( of the)?( [\w-]+)? (retros?|retrospectives?|post-?mortems?|post-incident reviews?|reviews?|audits?|tests?|exercises?|drills?)( in a row| running)? (blamed|pointed (to|at)|traced (it|them) (back )?to|put (it|them) down to)|\btraced (back )?to)\b[^.;]{0,80},? so ` + soWho + ` ` + actedOn + `|` +
			`\bwhen ([\w-]+ ){1,8}(crept|rose|climbed|jumped|spiked|went|grew|shot|stayed|remained|sat|hovered)( up| back)? (above|over|past|beyond|to)\b[^.;]{0,60}, ` + whoActed + ` (re-?)?(` + changeVerbs + `)\w*|` +
			// So was what followed "one release where the count jumped:"
			// (the rate, the number, the score that spiked or doubled),
			// told after its colon: "we added output filtering …" (v501).
			`\b(where|when|after|in which) (the|our|its|their) ([\w-]+ ){0,2}(count|rate|number|score|figure|total|tally)s? (jumped|spiked|doubled|tripled|rose|climbed|shot up|went up)\b[^.;:]{0,40}[.:] ` + whoActed + ` (re-?)?(` + changeVerbs + `)\w*|` +
			`\b(led|prompted|pushed|drove) (us|them|the \w+) to (an?|the|new) [^.;,]{0,40}, and [^.;]{0,60}\b(is|are|has|have|was|were) (now )?(down|fallen|dropped|halved|near zero|back (under|below|within))\b|` +
			// a change made because what shows a trouble kept showing it
			// ("because staff surveys kept showing the policies were too long
			// to read, the owners rewrote each one", v393);
			`because ([\w-]+ ){0,2}` + troubleShowers + ` (kept|had|have|repeatedly|consistently) (showing|shown|finding|found|flagging|flagged|pointing to|pointed to)\b[^.;]{0,90}\b` + whoActed + ` (re-?)?(` + changeVerbs + `)\w*|` +
			// a change made when figures showed a trouble, told at length
			// ("when the figures showed that nightly retraining … used 40% of
			// our GPU hours for almost no accuracy gain, we moved it to weekly
			// retraining"; "when the reports showed the limits … were so tight
			// that …, we split the appetite into tiers") (v358); what the
			// tracking showed counts too, and the change may come second
			// ("when the tracking showed that only one person could maintain
			// the pipeline, we trained two engineers … and added pipeline
			// maintenance to the on-call rota") (v360);
			// the one who acted may be named, and the change may be a
			// practice begun ("those directors began opening their team
			// meetings with a security item") (v397);
			`\b(when|after|once) (the |our |(last|this) (year|quarter|month|week)'s )?(` + troubleShowers + `) (showed|revealed|found|suggested|told us)\b[^.;]{0,160}, ` + whoActed + ` ([^.;,]{0,60} and )?((re-?)?(` + changeVerbs + `)\w*|(started|began|begun) \w+ing)|` +
			// and told in the passive ("after three such cases …, the
			// contract wording was rewritten with plain examples") (v356;
			// or "when the measure showed that … were consistently overdue,
			// ownership was reassigned to procurement", v434);
			`(after|because of|following|based on|when|once) [^.;,]{0,120}, (the |our |its |their )?([\w-]+ ){0,3}(was|were|has been|have been|got) (re-?)?(` + changeVerbs + `)\w*|` +
			// and told as following from what came before ("the stop
			// authority was therefore delegated to operators") (v434).
			`\b(was|were|has been|have been) (therefore|consequently|accordingly|subsequently) (re-?)?(` + changeVerbs + `)\w*|` +
			`((led|prompted|caused|drove|pushed) (us|them|the \w+) to|made (us|them|the \w+)) (\w+ ){0,2}(` + changeVerbs + `|drop|remov|retir|replac)\w*|` +
			`as a result,? (we|they|the \w+) (` + changeVerbs + `|drop|remov|retir|replac)\w*|` +
			`(after|when|once|following|because|since)\b[^.;]{0,80}\b(we|they) (found|saw|noticed|learned|learnt|realised|realized) [^.;]{0,80}(\band |\bthen |, )(` + changeVerbs + `)\w*|` +
			`(after|because of|following|based on) [^.;]{0,60}\b(we|they|the \w+) (created|built|wrote|designed|introduced)\b|` + deniedCause + ` ` + actedOn + `|` +
			// "an audit of last year's outages traced most of them to weekend
			// changes, so weekend changes now need …": a cause found and acted on.
			`\btraced (most|many|all|half|some|a (third|quarter)|two thirds|[\w-]+) of (them|those|these|the [\w-]+) (back )?to\b[^.;]{0,60},? so\b|` +
			`\b(records|readings|logs|figures|numbers|counts|alarms|alerts|results|reports) (showed|revealed|flagged|kept showing)\b[^.;]{0,80},? so ([\w-]+ ){1,4}(went in|(was|were) (added|installed|fitted|bought|replaced|moved))\b|` +
			// "customers told us our notices were too technical, so we
			// rewrote …" and "load tests showed the service falling over …,
			// so we added …": a change made on feedback or on what a test
			// showed.
			`\b(customers?|users?|clients?|staff|auditors?|regulators?|partners?) (told|showed|warned) (us|them)\b[^.;]{0,100},? so ` + soWho + ` ` + actedOn + `|` +
			// With "…, so every item now gets an owner" or "…, so closure
			// now needs a test result" the change is told as what holds now;
			// so it is after a trouble traced to where most of it came from
			// or told as recurring ("most infections arrived through USB
			// sticks …, so USB storage is now blocked").
			`\b([\w-]+ ){0,2}` + reportActedOn + `|` + troubleActedOn + `|(` + shareSeen + `|` + deniedCauseSo + `|` + countSeen + `)` + actedNow + `|` +
			// "escapes were coming mostly from APIs …, so API contract tests
			// became a merge requirement": a rule made on what was counted.
			`\b(were|was|kept|came)\b[^.;]{0,80},? so ([\w-]+ ){1,3}` + becameRule + `|` +
			// "looking back over last year's assessments, most complaints came
			// from groups they never considered (…), so we widened …": what a
			// look back found, acted on.
			`\blooking back (over|at|on) [^.;]{0,160},? so ` + soWho + ` ` + actedOn + `|` +
			// "our alerts used to miss slow degradation, so we added …": what
			// was wrong before, and what was done about it.
			usedToSo + ` ` + actedOn + `|` +
			// "when the report showed that most downloads came through new
			// domains, we blocked that category": a change made on what a
			// report, review or test showed.
			`\b(when|after|once|because) (the|our|a|an|that|this|each) ([\w-]+ ){0,2}` + reportShowed + ` (we|they|the \w+) ` + actedOn + `|` +
			// "the isolation playbook we wrote after the March outbreak";
			// a change made once a measure was found or crossed a line
			// ("finding a dozen a month, we made encryption the default";
			// "at a third, we added regression tests"; "because managers
			// didn't know the steps, so HR wrote a short guide");
			// "recoveries overran by about half, mostly from missing
			// runbooks, so we wrote",
			// "testers got in four times out of five, so we added", "they
			// overturned one in eight at first, mostly on rare cases, so we
			// added",
			// "mismatches turned up …, so we now generate", "nearly a third
			// did, mostly …, so legal now attaches" ("nearly half did, …, so
			// we trained": a share acted on takes what a figure found
			// takes, actedOn), "they made up
			// about seventy percent of alerts, mostly …, so we retuned";
			// "a third came from a miscategorised portal, so we reclassified
			// it", "fewer than half passed …, so we ran workshops";
			// "they ran at about ten a month until we removed …" (or "was
			// stuck around four until we added …"); what
			// "sat at 30 days", what "we measured … caused", what users
			// "rated … at 3.1", ", so we …" (or ", so the template now
			// won't …", ", so HR now blocks …"), a share counted ("only one
			// in ten did, so we dropped"; "half of them did last year, so we
			// wrote notice periods into every contract"), and a change told with its outcome
			// ("we hired a second analyst …, and it's been zero since", "…,
			// and the median is now six days", "…, and it's now around three", "…, and all three recovered",
			// "…, and the last two audits found none", "we made …, and there
			// have been none since", "we met the handlers, …, retrained it,
			// and overrides fell from 30% to 8%": a change in a list, its
			// subject left out; "we started giving each panel's themes to a
			// named owner …, and the share acted on went from about 10% to
			// 45%": a practice started, told with its outcome, v377)
			shareFound + ` ((pre-?|re-?)?(` + changeVerbs + `|drop|remov|retir|replac|wrote|write|put|built|brought|made)\w*|` + actedOn + `)|` +
			// (or told in the passive, as a new thing added at a sentence's
			// start: "a 15-minute emergency assessment was added and failed
			// changes fell to 4%"; and a change that
			// "brought it to 2 days" (got, cut, pulled it down to), v445)
			`(\b(we|they)|,) ((` + changeVerbs + `|made|rebuil|retest)\w*|(started|began) \w+ing)\b[^.;]{0,100},? and ([\w-]+ ){0,4}(it|that|this)?(` + outcomeInFigures + `)|` +
			`(^|[.;:]\s*)(an? |the |our )[^.;,]{0,60}? (was|were|has been|have been) (added|introduced|brought in|put in|set up|built|created)\b[^.;]{0,100},? and ([\w-]+ ){0,4}(it|that|this)?(` + outcomeInFigures + `)|` +
			`\b(brought|got|cut|pulled) (it|that|this|them|the [\w-]+( [\w-]+)?) (down |back )?to (\d+|` + numberWords + `)\b|` +
			// a cause and what is now done differently, in the passive:
			// "because thresholds were set once at launch, so thresholds
			// are now recalibrated every month" (v448), "owing to the
			// absence of an owner, an owner is now assigned to each" (due
			// to, v449)
			`\b(because|owing to|due to)\b[^.;]{0,100},? (so )?(an? |the )?([\w-]+ ){1,3}(is|are) now (re-?)?(` + changeVerbs + `)\w*|` +
			// (and what the trouble came from, changed: "gaps came from a
			// batch job that dropped logs on restart, so it now writes to
			// durable storage", v452)
			`\b(came|come|stemmed|originated) from\b[^.;]{0,80},? so (it|they) now [\w-]+\b|` +
			`\b(ran|stood|sat|hovered|averaged|stayed|remained|stuck)\b[^.;]{0,40}\buntil (we|they|the \w+) (` + changeVerbs + `|drop|remov|retir|replac)\w*|` +
			`\b(we|they) (wrote|built|created|introduced|added|made|set up|put in|brought in)\b[^.;]{0,10}\b(after|because of|following) [^.;]{0,30}\b(` + evaluations + `)\b|` +
			`(after|because of|following|based on) [^.;]{0,60}\b(we|they|it|the \w+) made ([\w-]+ ){0,3}(mandatory|required|compulsory|the default|default|an? ([\w-]+ )?(gate|requirement|precondition)|part of)|` +
			`(after|because of|following|based on) [^.;]{0,40}\b(` + evaluations + `)\b[^.;]{0,40}\b(we|they|the \w+) (started|began|begun) \w+ing|` +
			`(after|when|once|following|because|since [^.;]{0,60}\b(was|were|kept|had been|took|showed|failed|missed|caused|cost|stayed|remained|stuck)|\b(finding|seeing|noticing|spotting|counting|measuring) [^.;,]{1,60},|\bat (a |an |about |around |roughly )?((\d+\s?%|(\d+|` + numberWords + `) (percent|per cent)),?|(\d+|` + numberWords + `|half|third|quarter|fifth|tenth),)) [^.;]{0,80}\b(we|they) ` + actedOn + `|` + countedSo + ` ` + actedOn + `|` + foundSoNow + `|` + movedBecauseThen + `)\b`),
		// Benchmarking against a suite or a baseline measures (level 4);
		// it is not by itself an improvement. Nor is improvement named as
		// a discipline, a document or the items it tracks ("the approved
		// continual improvement procedure", "improvement actions closed
		// on time", "improvements from audits are tracked", "go through"
		// or "are managed under" a procedure, "the number of open
		// improvements", "performance improvements and declines are
		// tracked", "improvement activities are tracked"), nor is root
		// cause counted ("how many incidents have a confirmed root
		// cause", or "had" one) or recorded ("root cause recorded for every
		// major incident") or counted again ("repeat incidents with the same
		// root cause", v371; "a count of incidents whose root cause had
		// already appeared", v395), nor a state counted some time after an event ("how
		// many leaver accounts were still enabled a day after departure", or
		// "the median time to retrain after a breach"), nor
		// a share counted of what changed ("the share of events whose impact
		// score changed after investigation"), nor a count kept over a window
		// after an event ("count rollbacks in the first month after
		// go-live"), nor screens that "lock after five minutes" (a
		// setting, not a change, v377): a change made because of results
		// is. (Benchmarking itself measures; since v382 the word is no
		// improvement signal, so no benchmark needs an exception here.)
		// A review held "as the policy itself requires, and also after any
		// major regulatory change" cites a rule; "requires" changes
		// nothing (v386). Rooms "locked … after hours" (after dark, after
		// closing) are locked at a time of day, not changed after a
		// result (v410). A diagram "updated after every change" (reviewed,
		// revised after each release) is kept current, not improved from
		// results (v442). Nor is what is tracked (counted, reported) under
		// its name, "requirements changed after development starts" or
		// "after sign-off" (v453). Nor is the answer's opening, how the
		// practice began ("After an employee emailed a customer list to a
		// personal address, we deployed DLP …"): what a trouble set up is
		// the practice itself, not one improved from its results (v474).
		// Nor is each improvement "we'll log" in a register (v483). Nor
		// is a gate: models that "only get deployed after sign-off" (are
		// released after review or testing) pass a check, not a change
		// made from results (v495). Nor are "improvements raised and
		// completed" that ops counts (tracks): a count of them, not one
		// made (v511).
		mustPattern(`(?i)\b(?:runs?|running|ran|monitor(?:s|ed|ing)?|watch(?:es|ed|ing)?|scan(?:s|ned|ning)?|checks?|checked|checking|evaluat(?:es|ed|ing)|collect(?:s|ed|ing)?|sync(?:s|ed|ing)?|stream(?:s|ed|ing)?|operat(?:es|ed|ing)|test(?:s|ed|ing)?) continuously\b|\broot[- ]cause known\b|\b(?:counts?|counted|counting|tallies|tallied|tracks?|tracked|tracking) (?:the )?(?:[\w-]+ )?improvements (?:raised|opened|closed|completed|logged|proposed)\b|^\W*(?:after|following|ever since|since)\b[^.;:]{3,120}?,? we (?:deployed|introduced|rolled out|set up|brought in|put in place|implemented|adopted)\b|\b(?:track|tracks|tracked|tracking|count|counts|counted|counting|measure|measures|measured|measuring|monitor|monitors|monitored|report|reports|reported) (?:the )?(?:[\w-]+ ){0,2}[\w-]+ (?:changed|updated|revised|reworked|reopened|added|dropped) after (?:[\w-]+ ){0,2}(?:starts?|started|begins?|began|go-live|release|launch|sign-?off|approval)\b|\b(?:updated|reviewed|revised|refreshed|redrawn|amended) (?:after|following|with|on) (?:every|each|any) (?:change|release|update|deployment|move)\b|\b(?:gets?|are|is|go|goes) (?:only )?(?:deployed|released|merged|shipped|pushed|launched|promoted|rolled out) (?:only )?after (?:a |an |the |their |its )?(?:[\w-]+ )?(?:sign-?offs?|approvals?|reviews?|testing|tests|checks?)\b|\bafter (?:hours|dark|closing|close of business|office hours)\b|\bas (?:the |our |its |their |this )?(?:[\w-]+ ){0,3}(?:itself )?(?:requires|required|demands|says|states|sets out|prescribes)\b|\b(?:counts?|counted|counting|tracks?|tracked|tracking|measures?|measured|measuring|records?|recorded|recording|logs?|logged) [^.;]{0,40}\b(?:in|within|during|over) the (?:first|next|following) (?:[\w-]+ )?(?:hours?|days?|weeks?|months?|quarters?|years?|releases?|sprints?) after\b|\b(?:(?:share|number|percentage|proportion|count) of|how many) (?:[\w-]+ ){0,2}[\w-]+ (?:(?:whose|where|in which) (?:[\w-]+ ){0,3})?(?:changed|updated|revised|reworked|reopened) after\b|\bhow many (?:[\w-]+ ){0,5}(?:were|are|was|is|had been|have been) (?:still )?[\w-]+ (?:[\w-]+ ){0,3}after\b|\block(?:s|ed|ing)? (?:out )?after (?:\d+|[a-z]+) (?:seconds?|minutes?|mins?|hours?|failed|wrong|incorrect|bad|unsuccessful)\b|\b(?:(?:share|number|percentage|proportion|count|rate) of|how many) (?:[\w-]+ ){1,3}(?:with|without|that have|have|has|had|lacking|missing|whose) (?:a |an )?(?:[\w-]+ )?root[- ]causes?\b|\b(?:repeat|repeated|recurring|recurrent|repeating) [\w-]+(?: [\w-]+)? (?:with|from|of|sharing) (?:the |a )?same root[- ]causes?\b|\broot[- ]causes? (?:(?:is|are|gets?|get) )?(?:recorded|logged|documented|noted|captured|entered|written down|filed) (?:for|against|in|on|with)\b|\b(?:time|days|hours|minutes|mean time) to root[- ]cause\b|\b(?:time|days|hours|minutes|weeks|delay|lag) (?:it takes )?to [\w-]+ (?:[\w-]+ ){0,2}(?:after|following)\b|\broot[- ]cause analys[ie]s (?:follows?|under|(?:is|are) (?:done|run|carried out|required))\b|\b(?:continual|continuous) improvement\b|\bimprovement (?:procedures?|process(?:es)?|plans?|programmes?|programs?|polic(?:y|ies)|standards?|registers?|logs?|backlogs?|actions?|items?|tickets?|trackers?|activit(?:y|ies)|initiatives?|efforts?|work)\b|\bimprovements (?:from (?:[\w-]+ ){1,3})?(?:(?:are|get) (?:tracked|logged|recorded|raised|captured)|(?:are|get) (?:managed|handled|governed|run|processed|controlled|dealt with) (?:under|through|via|per|in line with)|(?:go|goes|run|runs|pass|passes|are put|get put) (?:through|via|into))\b|\bimprovements (?:come|came) (?:out of|from)\b|\b(?:open|closed|outstanding|overdue|pending) improvements\b|\bimprovements? (?:and|or) (?:declines?|deteriorations?|regressions?|drops?|falls?|degradations?)\b|\b(?:log|logs|logged|record|records|recorded|list|lists|listed|capture|captures|captured|raise|raises|raised) (?:every|each|all|any|the|our|an) (?:[\w-]+ )?improvements?\b`)},
}

// cannotSayWhich doubts a detail of what it follows, and denies nothing:
// "I think it blocks some attachments, but I couldn't tell you which
// rules are on" (or "I don't know for how long or whether anyone reads
// them"). Not knowing "how many" still denies control ("loads of
// people have admin, I couldn't tell you how many"), and so does not
// knowing that opens the answer, where there is nothing before it to
// doubt ("we couldn't say where most of our training data came from"):
// see saysFirstItCannotSay.
// imNotSure opens a doubt the speaker owns ("I'm not entirely sure"):
// alone, or about whether one step was ever done ("I'm not sure the data
// was ever cleaned up"), it denies nothing (see notNegation).
const imNotSure = `(i'm|i am|we're|we are) not (100% |entirely |totally |completely |quite )?(sure|certain|positive)`

// habitualIf is what people do whenever something happens, put with a
// "would": "if somebody has a worry they'd probably raise it with their
// manager" tells a habit (hedged), not a plan or a guess at what would
// be done, nor is it a bare condition (see bareCondition). So is one
// put in the present with no comma before what they do ("if someone
// notices the bot saying odd things they mention it in the channel"),
// or with "'ll" ("if someone in IT happens to notice a strange login
// …, they'll look into it").
const habitualIf = `^\W*(if|when|whenever) (somebody|someone|anyone|anybody|people|staff|an? [\w-]+)( (in|from|on|at) [\w-]+)? (happens? to )?(has|have|spots?|sees?|notices?|finds?|gets?|spot|see|notice|find)\b[^.;]{0,60}\b(they|he|she)(('d|'ll|will) (probably |usually |normally |likely )?(raise|tell|mention|flag|report|ask|go|take|bring|send|email|message|call|ping|escalate|look into|check|investigate|fix|deal with)| (usually |normally |just |always )?(raises|tells|mentions|flags|reports|asks|goes|takes|brings|sends|emails|messages|calls|pings|escalates|raise|tell|mention|flag|report|ask|go|take|bring|send|email|message|call|ping|escalate))\b`

var habitual = mustPattern(`(?i)` + habitualIf)

// cannotVouch doubts what it follows ("I couldn't swear every install
// is licensed"): a hedge (see hedged), not a denial (see notNegation).
const cannotVouch = `(i|we) (couldn't|could not|can't|cannot) (swear|promise|guarantee|vouch)`

// othersToo guesses how far a practice reaches beyond what was just said
// ("One of the admins does it carefully; others might too"): a hedge on
// its extent, not a plan or a hypothetical, so it neither denies what came
// before nor shows more.
// indirectQuestion asks what could or would be, inside a statement of
// what is done: "nobody was sure who could decide", "we roughly guess how
// bad each one would be" (or "guess at how bad each risk could be", "we
// check each quarter whether we could reconstruct", and "asks whether a
// simpler non-AI approach would do", v357, and "we measure how many
// incident investigations could be fully reconstructed", counted, v380,
// read here since v381). Its "could" or "would" neither plans nor hedges.
const indirectQuestion = `\b(measure|measures|measured|count|counts|counted|track|tracks|tracked|report|reports|reported|record|records|recorded|ask|asks|asked|consider|considers|considered|check|checks|checked|test|tests|tested|see|sees|saw|sure|unsure|clear|unclear|certain|knew|know|knows|guess|guesses|guessed|estimate|estimates|estimated|judge|judges|judged|work out|works out|worked out|decide|decides|decided|assess|assesses|assessed|rate|rates|rated)( at| about)?( (each|every) [\w-]+| (daily|weekly|monthly|quarterly|yearly|annually))? (who|what|which|whether|how|if) ([\w-]+ ){0,4}(could|might|would)\b`

const othersToo = `^\W*((and|but|though),? )?(others|some others|a few others|other [\w-]+|the others|the rest|some of the others)( [\w-]+)? (might|may|could)( well)?( do)?( (too|as well|also))?\W*$`

const cannotSayWhich = `(i|we) ((couldn't|could not|can't|cannot) (tell you|say)|(don't|do not) (really )?know) (exactly |for sure )?(for )?(which|what|where|who|when|whether|how long|how often)\b`

var neverSeenIt = mustPattern(`(?i)^\W*((and|but|though|although),? )?(i|we)('ve| have)? (never|not|haven't|have not) (actually |personally |ever )?(seen|come across|laid eyes on) (it|them|one|a copy)( myself| personally)?\W*$`)

var saysFirstItCannotSay = mustPattern(`(?i)^\W*((honestly|frankly|to be honest),? )?` + cannotSayWhich)

// neverSeenFiled doubts a record ("I've never seen one filed"): a hedge
// on what was kept, not a denial that the practice is done.
const neverSeenFiled = `(i|we)('ve| have)? (never|not|haven't|have not) (actually |personally |ever )?(seen|come across) (one|any|a copy|copies|them|it) (filed|recorded|stored|on file|kept|saved)`

// informalAgreement is a practice kept by an unwritten agreement ("an
// informal agreement, not a documented process") or custom ("an
// informal tradition"): not written (see
// unformal), and not ad hoc (see notAdHoc).
const informalAgreement = `informal (agreement|arrangement|understanding|convention|deal|tradition|custom|habit|ritual|routine)`

// credentials are what a device or account is opened with.
const credentials = `(passwords?|credentials|logins?|pins?|passcodes?)`

// leftAsDelivered is kit, data or models left as they came, set up by
// no one here: "whatever it booted with", "whatever they keep by
// default", "the models run as shipped", "data sits on the servers as it
// was saved", "the router is exactly as the ISP delivered it",
// "whatever each app came with", "the router still has the password it
// came with", "whatever numbers the vendor dashboard showed on day one". Read for the control's absence (see overbroad).
const leftAsDelivered = `\bwhatever (it|they|he|she|(each|every|the|our) [\w-]+) (booted|shipped|came|started|arrived) (up )?with\b|\bwhatever ([\w']+ ){1,3}(by default|out of the box)\b|\bwhatever ([\w'-]+ ){1,5}(showed|had|gave|offered|came with|shipped with) (on|from|at) (day one|launch|install(ation)?|set-?up|go-?live|the (start|outset))\b|\b(it|they|the (\w+ )?(models?|systems?|servers?|apps?)) (just )?(run|runs|stay|stays|remain|remains) as (shipped|is|deployed|delivered|built|released)\b|\b(sits?|sat|stays?|stayed|remains?|lives?|(is|are) (stored|kept|left)) ([\w-]+ ){0,4}(just )?as (it|they) (was|were) (saved|written|created|uploaded|received|delivered|installed|shipped|set up)\b|\b(is|are|sits?|stays?|remains?)( still| just| exactly| basically)? as the ([\w-]+ )?(isp|vendor|installer|supplier|provider|contractor|manufacturer|factory) (delivered|installed|shipped|supplied|configured|set up|left)( it| them)?\b|\b(has|have|uses?|keeps?|runs? (on|with)|is on|are on) (the|its|their) ((default|factory|original|same|initial) )?(admin )?` + credentials + ` (it|they) (came|shipped|arrived) with\b`

// shipsWhenFine releases on no gate but that it seems to work ("we
// ship them once the code runs", "if the notebook finishes, it ships"), put
// either way round: "if it looks fine, it ships", "we ship when the demo
// looks good", "if it runs, it ships", "models go live the moment the
// notebook finishes". Said of a release, it is the
// control's absence (see overbroad).
const shipsWhenFine = `^\W*(if|once|when|as long as)\b([^,;]{0,40}\b` + looksFine + `|\s` + itRuns + `)\b,?\s+(it|they|we|the \w+) (ships?|goes (live|out)|go (live|out)|gets? (released|deployed|shipped|pushed)|releases?|deploys?|launch(es)?|push(es)? it)\b|^\W*(we|they|it|the \w+|([\w-]+ ){0,2}(models|builds|releases|changes|apps|features)) (just )?(ship|ships|release|releases|deploy|deploys|launch|launches|go live|goes live)( it| them)? (when|once|if|as soon as|the (moment|minute|second|instant)) ([^,;]{0,40}\b` + looksFine + `|` + itRuns + `)\b`

// itRuns is the only gate shipsWhenFine's releases pass: "it runs", "the
// notebook finishes", "if the demo works, the developer deploys it".
const itRuns = `(it|they|the (code|model|build|tests?|app|system|pipeline|script|notebook|job|training run|demo|prototype|pilot|poc)) (runs?|works?|compiles?|builds?|passes|loads?|starts?|finishes|completes|succeeds)`

// looksFine is a judgement that something works, with nothing measured:
// "looks fine", "seems ok", "runs alright".
const looksFine = `(looks?|looked|seems?|seemed|feels?|felt|works?|worked|runs?|ran|passes|passed|is|are|was|were) (fine|ok|okay|good|right|alright|all right)`

// numberWords are counts written out: "gaps fell from twelve a month to
// one" measures as "from 12 to 1" does.
const numberWords = `(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a (dozen|hundred|thousand)|dozens|hundreds)`

// approvers name who approves a document for the organisation: its
// board, a committee or forum of any name, its executives, a director or
// an officer ("the people director", "the Chief Data Officer").
// governingDocs name documents that govern a practice once a body
// approves them ("the AI staffing plan, which the AI steering group approves
// every year", v377; "the roles document signed by the managing
// director", v380); policies, procedures and standards are read as such
// whoever approved them.
const governingDocs = `(documents?|plans?|strateg(y|ies)|registers?|charters?|frameworks?|matri(x|ces)|terms of reference|criteria|methodolog(y|ies)|guides?|guidelines?|schedules?|statements?|catalogues?|inventor(y|ies))`

const approvers = `((\w+ ){0,3}(board|committee|council|forum|director|officer)|head of [\w-]+( [\w-]+)?|(?-i:HR|IT|Legal|Compliance|Finance)|executive team|exec(utive)?s|leadership( team)?|management( team)?|steering group|(?-i:CISO|CIO|CEO|CTO|COO|CFO|DPO))`

// staffRole is one member of staff by role: "every developer has root",
// "any engineer can push to production". staffScope is where they work:
// "anyone in engineering", "everyone on the data team", "anyone here",
// "anyone who's logged in".
const (
	staffRole  = `(developer|engineer|dev|admin|administrator|user|employee|analyst|contractor|member of staff|team member|data scientist)`
	staffScope = `( (on|in) (the |our )?[\w-]+( team| department| group| function)?| here| (who's|who is|who are|that's|that is) (logged|signed) (in|on)| with (a |an )?(login|account|password))?`
	// anyStaff is anyone at all who may do something, by role and where
	// they work: what they all can do unchecked ("any product manager
	// can accept a risk on their own", "everyone in the company can open
	// the payroll folder", "the whole company can read and change every
	// repository", "every developer, contractor and intern has write
	// access to all of our source code") is read for the control's
	// absence.
	anyStaff = `(any(one|body)|every(one|body)|(any|every) ([\w-]+ )?(` + staffRole + `|manager|lead|owner|pm)|all (staff|users|employees|engineers|developers|admins)|(the )?whole (company|firm|business|office|organi[sz]ation|staff|team|department))` + staffScope
)

// notTooBusy is done "when the admin isn't too busy" (or "if they're
// not busy", "isn't firefighting", "if they aren't too busy"): ad hoc,
// not a denial.
// ifRelevant is done "if it seems relevant" and ifPrompted "if customers
// ask", "if their manager suggests one", "if complaints come in" or "if
// it comes up in the demo": ad hoc, and a "might" before either is habit, not a plan, as it is before
// ifSerious ("we might post an update if the outage is big").
const (
	notTooBusy = `(when|if|as long as|provided) ((\w+ ){1,3}(isn't|is not|aren't|are not)|(\w+ ){0,2}\w+('re|'s) not) (too |that )?(busy|swamped|snowed under|firefighting|fire-fighting|flat out|slammed|overloaded|stretched)`
	ifRelevant = `if (it|they|that)('s| is| are|'re| seems?| looks?) (\w+ )?(relevant|needed|important|useful|appropriate|necessary|worth it)\b`
	ifSerious  = `if (it|they|that|the [\w-]+)('s| is| are|'re| gets?| seems?| looks?) (\w+ )?(big|bad|serious|major|severe|large|high-profile|public|bad enough|big enough|serious enough)\b`
	ifPrompted = `if ((customers?|clients?|users?|(a|an|any) (customer|client|user)|people|someone|somebody|anyone|anybody|they|(their|his|her|the|a|an|our) ([\w-]+ )?(manager|lead|boss|supervisor|customer|client|auditor|regulator)) (ask|asks|request|requests|happen to ask|ever ask|suggests?|recommends?|insists?|says so)|(complaints?|issues?|problems?|questions?|concerns?) (come|comes|arise|arises|crop|crops|turn|turns) (in|up)|(it|the (subject|topic|question|matter)) (comes?|crops?) up)\b`
)

// singleEnvironment is "there's only the one environment": no separate
// one. Said alone it denies (overbroad); beside what is done instead it
// is a denial of the control (deniedCheck) (v435).
const singleEnvironment = `\b(there's|there is|we have|we've got|we use) (only |just )?(the |one )?(one|a single) ([\w-]+ )?environment\b`

// copyOfLive is a copy of live data or systems: testing "against a
// straight copy of production" and "test data is a straight copy of live
// customer records" are one absence.
const copyOfLive = `((straight|full|raw|exact|direct|plain|live|unmasked|untouched|complete|whole|real) )?(copy|copies|clone|clones|dump|dumps|snapshot|snapshots|replica|replicas|mirror|mirrors) of (the |our )?(production|prod|live|real|customer)\b`

// openToAll is a resource open to everyone: "every folder … is open
// to every account" and, beside a denial, "it's open to the whole
// company".
const openToAll = `(wide )?open to (every(one|body)|any(one|body)|every [\w-]+|all( [\w-]+)?|the whole [\w-]+)\b`

// staffWho names the people of an organisation as a subject ("people",
// "admins", "the ops team"): what they all do or may do as they like is
// read for the control's absence (see overbroad).
const staffWho = `people|staff|users|employees|we|every(one|body)|any(one|body)|teams|departments|colleagues|admins|administrators|engineers|developers|devs|operators|contractors|the (\w+ )?team`

// nobodyTouched denies the upkeep of what was set up: "nobody has
// touched it (since)". andNobody splits it off after "and" (and so "and
// haven't really thought about it since"): what was set up exists, and a
// document nobody has touched since is stale. "We did one impact
// assessment … and haven't done one since" did one: the one-off stands,
// and what is denied is only that it was done again.
const nobodyTouched = `(nobody|no one|no-one)('s| has| have)? (ever |really )?(touched|changed|updated|revisited|reviewed|revised|looked at|checked|maintained) (it|them|that|this)\b`

// meantAndDone is what should happen confirmed in the same clause as
// done: "is meant to block … under our approved … standard, and it
// does", "is supposed to be reviewed quarterly, and it actually is",
// "are meant to be examined …, and in practice the product team does
// …" (v476). One that goes on "and the IT management team does look at
// …" is split off by andFact instead, as "and the receptionist does" is.
const meantAndDone = `\b(?:should|(?:is|are|was|were|'s|'re)(?: (?:really|actually|officially))? (?:supposed|meant) to)\b[^.;:]{0,160}?,? and (?:(?:it|they|that|this|we|he|she) (?:actually |really |always |genuinely |certainly |still )?(?:does|do|did|is|are|was|were)\b|(?:that's|that is) (?:exactly |actually |really )?what (?:actually |really )?happens\b|in practice\b)`

// andFact says that what came before is done, by whom: "reception is
// supposed to sign visitors in, and the receptionist does when she's at the
// desk". What is supposed is a hedge; that someone does it is a statement
// of its own, as hedged as what it says. So is what there is beside a
// guess ("our developers could probably tell you which SaaS tools we pay
// for, and there's an old spreadsheet of licences"). So is what a person
// named does ("access is supposed to be limited to the finance team, and
// Dave in IT takes people off it when he remembers", v445). A team named
// in up to three words ("and the IT management team does look at …") is
// split off the same way (v476, since its review), and so is what the rest
// lack ("the fraud model has a technical README its author wrote, and the
// other four systems have nothing"): the one that has it still has it
// (v491).
var andFact = mustPattern(`(?i),\s+(and (?:the|our) [\w-]+(?: [\w-]+){0,2} (?:usually |mostly |generally |normally |always )?(?:does|do|did)(?: so)?\b|and there(?:'s| is| are) (?:a|an|one|some)\b|and (?-i:[A-Z][a-z]+)(?: (?:in|from|on) (?:the )?[\w-]+)? [a-z]+s\b|and (?:(?:the|our) (?:other|remaining)(?: [\w-]+){0,3}|the rest(?: of (?:them|it))?) (?:have|has|get|gets)(?: got)? (?:nothing|none|no [\w-]+)\b)`)

var andNobody = mustPattern(`(?i)\s+and\s+(` + nobodyTouched + `|((we|they|i)('ve| have)? )?(haven't|hasn't|have not|has not|never)( really| actually| ever)? ((thought about|looked at|revisited|touched|reviewed|checked|changed|updated) (it|them|that|this)|(done|run|held|carried out|repeated|had) (one|another|any|it|them))( again)? since\b)`)

// nobodysObjects are things nobody uses or owns ("retires the ones
// nobody uses", "removes ones nobody can justify", "drops any nobody
// uses", "flags features nobody uses", "blocks sites from an old list
// nobody updates"): said of objects, not a denial that the practice is
// done.
const nobodysObjects = `\b(the ones|those|ones|any( [\w-]+){0,2}|any of them|anything|whatever|models|systems|accounts|apps|tools|services|reports|licences|licenses|features|datasets|dashboards|rules|fields|pages|files|folders|scripts|jobs|alerts|list|lists) (that |which )?(nobody|no one|no-one) ((has |have |had )?(opened|used|touched|accessed|logged into)|uses?|needs?|wants?|owns?|claims?|reads?|looks at|updates?|maintains?|can (justify|explain|account for|vouch for)|remembers?|recogni[sz]es?)\b`

// countedNot is what a count is of, denied: "the number of firewall
// rules that haven't been used in 90 days", "the share of servers
// without an agent" (a share of something: "an old file share with no
// backup" is a drive that has none), "how many risks lack an owner" and "how many pipelines pulled data
// with none" measure, and deny
// nothing of the answer, nor do "datasets whose source we cannot
// trace", "concerns … that we hadn't identified ourselves", "investigations where the logs couldn't explain" an output or
// "decisions that stall because nobody owns them" ("how often projects
// meet them isn't measured" still denies: its "isn't" is the answer's,
// not the counted things', and so does "how much AI risk we're willing
// to accept has never been discussed": "how many" counts only after what
// counts, "track how many …"). What "counts as" something is what is
// taken to be it, not a count: "what counts as normal operations has never
// been agreed" still denies (v401). A share written as "%" ("KPI = % of
// repo users w/o a current approval") is a count as "share of" is (v489).
// So is a count of what the counted "doesn't yet cover", with no "that"
// ("the number of risks and requirements it doesn't yet cover gets
// tracked", v495).
const countedNot = `(?:%|\bper ?cent) of\b[^.;]{0,60}\b(without|missing|lacking|with no)\b|\b((number|share of|fraction|percentage|proportion|counting|rate|\w+ how (many|often|much))\b[^.;]{0,60}|(count|counts|counted) (([^a\s]|a[^s\s]|as[\w'-])[^.;]{0,58} |(as )?))\b(without|missing|not|no|none|nobody|never|lacks?|lacking|out of date|out-of-date|stale|((that|which|who)( (we|they|you))?|whose( [\w-]+){1,2} (we|they|you)|(where|in which)( [\w-]+){1,2}) (haven't|hasn't|hadn't|had not|aren't|isn't|weren't|wasn't|don't|doesn't|didn't|can't|cannot|can not|couldn't|could not)|(it|they|we|you) (haven't|hasn't|don't|doesn't|didn't|can't|cannot|aren't|isn't) yet)\b`

// beenFound is what was found or reported of none: "no corrupted archive
// has been found since the move", "none have been seen", "no incident has
// been logged as unowned".
const beenFound = `been (found|seen|reported|detected|logged|raised|recorded|flagged)`

// noneSince is an outcome told at the end of a change, not a denial:
// ", and none since", ", and there have been no repeats in a year",
// "that service has had none in the last eight releases", ", and
// nothing has expired since", ", and none has reached a customer in
// nine months", ", and there's been none this year", ", and in the last two
// exercises no control went down", ", and none have since" (what none did
// left unsaid: the count that prompted the change), ", and none have
// been signed without it since" and ", and this year it was none"; put
// first, "since then no release has needed a fix for a segment we didn't
// test" (what follows the outcome is part of it); "there hasn't been a
// capacity incident in the eight months since" (a trouble that has not
// come back since, v378). Told
// of a change, it is a result in figures (zero). So are "there have been
// no late replies for four months" (no missed, overdue, failed …) and
// "no lapse has slipped past since" (v496), "headroom hasn't dropped
// below 30% since" (v499) and "it hasn't set off a single heat alarm"
// (triggered, raised any alerts, v500).
// troubleKinds are troubles that can stop coming back: what "there have
// been no repeat incidents since" (notNegation) and "there hasn't been a
// capacity incident in the eight months since" (v378) count; one list
// since v381.
const troubleKinds = `(re-?infections?|recurrences?|repeats?|incidents?|outages?|breach(es)?|infections?|findings?|complaints?|failures?|errors?|leaks?|compromises?|escalations?|violations?|losses?|escapes?|problems?|misses?|lapses?|defects?|crash(es)?|disruptions?)`

const noneSinceOutcome = `((hasn't|has not|haven't|have not) ((set off|triggered|raised|thrown|fired) (a single|one|any) ([\w-]+ ){0,2}(alarms?|alerts?|` + troubleKinds + `)\b|(dropped|fallen|gone|slipped|dipped|risen|climbed) (below|under|above|over|past) (\d+|` + numberWords + `)( ?%| percent)?[^.;]{0,20}\bsince\b)|there (hasn't|has not|haven't|have not) been (a|an|any|one|a single) ([\w-]+ ){0,2}` + troubleKinds + `\b[^.;,]{0,40}\bsince( then)?\b|(in|over|during|across) (the )?(last|past|latest) ([\w-]+ )?[\w-]+,? (no|not one|not a single|none of the) ([\w-]+ )?(went down|went offline|went missing|failed|broke|dropped|lapsed|stopped|was lost|were lost)|(none|nothing|zero) since|(there (have|has) been|there's been|([\w-]+ ){0,3}(has|have|'s|'ve) (had|seen)) (none|zero|(zero|no) ((more |further )?(repeats?|recurrences?|repeat [\w-]+)|(more|further|new) [\w-]+|(late|missed|overdue|failed|lost|unanswered|breached|expired|lapsed|reopened|rejected|unplanned) [\w-]+))( (since|in|for|over) (the )?(last |past )?([\w-]+ ){0,2}[\w-]+| this (year|quarter|month)| so far)?|((nothing|not one|no [\w-]+)( of them)? (has|have|did)( been [\w-]+ without (it|them|one|the [\w-]+))?|none( of them)? (has|have|did)( [\w-]+){0,5}) since( then)?\b|there (were|was) (none|zero|no [\w-]+)( at all)? (last|this|in the last|over the last|in the past|during the last) ([\w-]+ )?(year|quarter|month|week|years|quarters|months|weeks)\b|\b(last|this) (year|quarter|month|week|release|cycle|round|time),? ((only |just )?(\d+|` + numberWords + `|none|nil|zero)( of them)? (did|were|was|got through|happened|slipped through|came in|occurred)|(we|they)('ve| have)? (had|seen|found|logged|recorded) (only |just )?(\d+|` + numberWords + `|none|no [\w-]+)|(it|they|there|the [\w-]+)( [\w-]+)? (was|were|is|are|has been|have been|came to) (none|zero|nil|nothing|(only |just )?(\d+|` + numberWords + `)( (in|out of) (\d+|` + numberWords + `)|\s?%| percent)?))\b|(nothing|none|no [\w-]+)( of them)? (has|have) (expired|failed|lapsed|broken|leaked|recurred|come back|slipped( past| by)?|been missed|gone missing|gone down|reached ([\w-]+ ){0,2}[\w-]+|got through|slipped through|escaped)( since( then)?| again| (in|for|over) (the )?(last |past )?([\w-]+ ){0,2}[\w-]+)|\bneither( of them)? (has|have) had (a|an|any) ([\w-]+ ){0,2}[\w-]+ (in|over|for) (the )?(last|past) ([\w-]+ )?[\w-]+\b|\bno ([\w-]+ )?[\w-]+ (has|have) ` + beenFound + ` since (then|the (move|change|switch|migration|fix))\b|since (then|that( change)?|the change),? (no|not one|not a single|none of the|none of our) ([\w-]+ ){0,2}[\w-]+ (has|have) ((needed|required|had) (a |an |any )?(fix|fixes|hotfix|hotfixes|patch|rollback|rollbacks|rework|repeat|recurrence)|failed|broken|recurred|come back|slipped through|gone down|` + beenFound + ` as [\w-]+)\b[^.;]{0,60})`

const noneSince = `,?\s*(and )?` + noneSinceOutcome + `\W*$`

// outlived are things kept until they stop serving: "drops the checks
// that no longer make sense" or "removes what's no longer needed" is
// upkeep, neither an end nor a denial, and so is removing "an account
// that shouldn't be there", and so is removing "anyone who no longer
// needs it".
const outlived = `\b((ones|those|metrics?|checks?|rules?|items?|controls?|questions?|tests?|access|accounts?|rights|permissions) (that|which)|(anyone|anybody|everyone|people|users|staff|members|admins) who|(what|whatever)('s| is| are)) (no longer|don't|do not|aren't|are not|stopped|have stopped|shouldn't|should not)\b`

// quietSpell is someone finding time ("until someone has the time",
// "until someone from IT has a quiet afternoon"). Bare, after a pile-up,
// it is absence (overbroad); followed by what gets done ("… and wipes a
// few") it is ad hoc (adHoc, oneOfThemDoes).
const quietSpell = `(some(one|body)|any(one|body)|we|they|one of (us|them)|[\w-]+)( (from|in) [\w-]+)? (has|have|gets?|finds?) ((a |an |some )?(quiet|spare|free|slow|rare) ([\w-]+ )?(afternoon|moment|morning|evening|hour|day|week|time)|(the )?time|a chance|round to it)\b`

// lostFirst is what is lost before anyone acts: logs "get overwritten
// before anyone thinks to save them" are not kept, and "a deleted file
// vanishes from both at once" has no copy anywhere, denials with no
// denying word in them.
const lostFirst = `\b(vanishes|disappears|is lost|is gone|goes) (from|on|in) (both|all|every [\w-]+|everywhere)( (copies|disks|drives|places|sites|servers))? (at once|at the same time|together|too)\b|\b(overwritten|deleted|lost|wiped|purged|cleared|gone|expired?) before (any(one|body)|some(one|body)|we|they|people) (ever )?(thinks?|remembers?|bothers?|gets? (round|around)|has (the )?time|manages?|can) to\b`

// oneOffMention is a thing said, written or looked at once, and no more:
// "Legal mentioned the EU AI Act at a leadership meeting last year, and
// that was it" (or "…, and that's about it"), "the product lead wrote a
// short note about its risks for the launch email, and that was it". It is ad hoc (adHoc), not a practice that ended (notEnded).
const oneOffMention = `\b(mentioned|raised|discussed|brought up|talked about|floated|looked at|asked about|wrote|jotted|sent round|sent out)\b[^.;]{0,80},? and (that was|that's|that is)( about| pretty much| basically| really)? (it|all)\W*$`

// relativeNeg opens a relative clause that denies: "…, which nobody looks
// at" (or "a password, which hasn't changed since we moved in": what it
// denies is said of a thing it takes to exist). withoutClause splits it
// off; relativeDenial reads it there.
const relativeNeg = `(which|that) (nobody|no one|no-one|never|isn't|is not|aren't|are not|wasn't|was not|hasn't|has not|haven't|have not)`

// An answer is read clause by clause: what a clause denies, only plans or
// hedges does not count as done. Negated, planned and hedged clauses can
// only lower or hold a level, never raise it.
var (
	clauseSplit = mustPattern(`(?i)[.;:!?\n]+|,?\s+\b(but|although|though|except that|whereas)\b|,\s+however\b`)
	// ", without a documented procedure", ", with no written process"
	// (or ", with no standard requiring it"),
	// ", which nobody looks at",
	// ", there's no SDLC document", ", not communicated", ", nothing
	// measured" and ", and haven't looked since" are clauses of their own,
	// which keep their denial: what they deny is not what came before; so
	// is ", and one person did last year" (", and one or two have"), a fact
	// beside a hedge.
	withoutClause = mustPattern(`(?i),\s+(?:and\s+)?(without|with no (?:(?:written|documented|formal|approved) )?(?:process|procedure|policy|rule|document|standard)|so (nothing|no)|the (back|front|side|main|fire) (doors?|gates?)|` + relativeNeg + `|there's no|there is no|there are no|we have no|nothing (is |gets )?(written|documented|approved|recorded|logged|tracked|kept|measured|counted)|it's not|it is not|it isn't|that's not|that is not|this is not|this isn't|they're not|they are not|they aren't|nobody|no one|no-one|no|not|never|haven't|hasn't|have not|has not|(one|someone|somebody|a few|two|three|one or two|a couple|a handful)( of (them|us))? ([\w-]+ )?(did|has|have|had|does)|(legal|compliance|security|management|procurement|audit|hr|it|finance|the board|the \w+|our \w+) (has|have|had|is|are|was|were|does|do|did)(n't| not| never)|(legal|compliance|security|management|procurement|audit|hr|it|finance|the board|the \w+|our \w+) (never|hasn't|haven't|doesn't|don't|didn't|isn't|aren't))\b`)
	// What is "anybody's guess", or what "we had to guess" when asked, is
	// not known: a denial. So is what "falls between IT and the
	// developers" (or "through the cracks"): nobody does it, and a model
	// that "just gets left running" when it is no longer used. So is a
	// trouble where "each side waited for the other to act": nobody did
	// (v351), and so is a duty each thinks the other has ("IT thinks the
	// developers handle it, the developers think IT does", v352).
	// What is "left alone" once set up or deployed, and what people do "as
	// they please" (or keep "for as long as they like") is left to nobody:
	// a denial (v453); so are people "given access and left to it" (to
	// themselves, to their own devices, v455). Kit that "runs until it
	// breaks" (until they fail, until it dies) is kept by nobody, and plans
	// or contracts that "stop at signing" cover nothing after it (v458).
	// Where "we wait for him to come back" when the one who knows is away,
	// nobody else does it (v460). A risk too hard to measure that "you
	// just leave" (just ignore it) is left by everyone (v462).
	// "Zero of our three core systems has a second instance" counts none,
	// as "none of" does (v466). Fields that "are blank on every incident
	// we've logged" were never filled in (v488). "N/A as far as the DS
	// team is concerned" says nothing applies, as "not applicable" does
	// (v489).
	denies = mustPattern(`(?i)` + notHeld + `|\b(n/a\b|(?:fields?|columns?|boxes|sections?) (?:is|are|was|were|stays?|stay|remains?|remain|sits?|sit)(?: still| always| all| completely| mostly| just| usually)? (?:blank|empty|unfilled)\b|(?:just|simply) (?:leave|leaves|ignore|ignores) (?:it|them|those|that)(?: alone| be)?\W*$|(?:we|they|everyone|people|the team) (?:just |simply )?(?:wait|waits|waited) (?:for|until) (?:him|her|them|the [\w-]+|[\w-]+) (?:to come back|to get back|to be back|gets back|comes back|is back)\b|(?:runs?|ran|running|used|kept(?: going| running)?) until (?:it|they|the (?:kit|hardware|equipment)) (?:dies|die|died|breaks?|broke|fails?|failed|gives? out|gave out|stops? working|stopped working|falls? over|fell over)\b|(?:plans?|contracts?|checks?|process(?:es)?|procedures?|reviews?|coverage|polic(?:y|ies)|diligence) stop(?:s|ped)? at\b|(?:are|is|'re|'s|get|gets|got|were|was|been|and)(?: just| mostly| largely| then| simply)? left (?:alone|to it|to themselves|to their own devices)\b|as (?:they|he|she|people|everyone|anyone|staff) (?:please|pleases|pleased)\b|(?:for )?as long as (?:they|he|she) (?:like|likes|liked|please|pleases|want|wants)\b|(anybody|anyone)'s guess|(had|has|have|'d have|would have) to guess|(is|are) silent (on|about)|leave (it|them|things) (alone|be)|left (it|them|things) (alone|be)|zero (?:out )?of (?:our|the|their|its|these|those|them)|no|not|never|none|nobody|nothing|nowhere|without|lacks?|lacking|missing|absent|neither|nor|cannot|tbd|tbc|idk|nope|nah|exempt|too (small|early|busy)|not relevant)\b|n't\b|\b(gets?|got|is|are|was|were) (just |simply )?left (running|switched on|turned on|behind|lying around)\b|\b(falls?|fell|slips?|slipped) (between|through) (the cracks|the gaps?|two stools|(the )?[\w-]+ and (the )?[\w-]+)\b|\b(each|either|both) (side|sides|party|parties|company|companies|firm|firms|team|teams|vendor|supplier)( [\w-]+){0,2} (waited|looked) (for|to) the other( (one|side|party|team|company|firm))? to (act|move|step in|do (something|anything)|take (the lead|charge|ownership|responsibility)|respond|react|fix (it|things)|deal with it|sort it( out)?)\b|\b(thinks?|assumes?|believes?|reckons?|presumes?) (that )?(the |our )?[\w'-]+( [\w'-]+)? (handles?|does|do|owns?|covers?|looks? after|deals? with|takes? care of)( it| that| this| them)?,? (and |while |whereas )?(the |our )?[\w'-]+( [\w'-]+)? (thinks?|think|assumes?|assume|believes?|believe|reckons?|reckon|presumes?|presume) (that )?(the |our )?[\w'-]+( [\w'-]+)? (does|do|handles?|owns?|covers?|is|are)\b|` + lostFirst)
	// notNegation takes out what only looks like a denial: a restriction
	// kept ("most staff can't install software"), things counted as stale
	// ("stale scores fell from 40% to 6%", no stale document), "no later
	// than", "a target of none", "swaps out any that don't", "suppliers we
	// couldn't do without", "risks we can't measure yet", "checks for
	// anyone without it", "none have been found since", "…, nothing
	// more" (what came before is all that is done), "I'm not
	// sure the data was ever cleaned up" and "I've never looked" (where
	// "we've never looked" denies), which doubt, they do not deny,
	// "none have started early this year" or "the last four releases had
	// none", outcomes, "won't sign until it's back", a gate, and "I'm not
	// sure what they found", which doubts a detail; "when we can't
	// measure a risk" names a case, it denies nothing, "nothing goes
	// out without her nod" and "won't shortlist anyone who skips them"
	// are gates, "we try not to" is an effort, "I
	// couldn't swear" doubts (see hedged), a move "to passphrases with
	// no forced expiry" says what the new way lacks, and ", and none
	// since" is an outcome (see noneSince); "won't release if any fail"
	// (or "won't sign off if anything fails") is a gate, and a statement
	// "that marketing wrote, nothing internal" says how far it reaches;
	// "we track certificates expiring without renewal" measures what
	// lacks it; a sign "asking people not to work in there alone" is an
	// instruction, as is "a reminder at the all-hands now and then not
	// to trust" it; a reviewer "who didn't build it" is independent,
	// "scans now find none" is an outcome (and a check that "showed a fifth
	// of servers sending nothing" a finding), harms that "hadn't been
	// predicted, so we added" a review are the cause of a change,
	// "repositories they haven't touched in 90 days" are what is counted,
	// "the last ten releases needed none" is an outcome, "the reason it
	// can't be measured" is what is recorded, "because nobody was sure who
	// could decide, so we named" one is the cause of a change, and the
	// office manager "chases anything missing", checking "monthly that
	// nobody has cross-account access" is a check, "after the last four
	// incidents, none of the customers came back asking" an outcome, sending files "never by
	// email" denies a means, not the practice, "aiming for none" (or
	// "the target is none") is a target, telling the lead "which
	// ones aren't paying their way" names them, and "we count the
	// actions the plan didn't cover" names what is counted, as "the first
	// audit found 30% lacking" names what was found; authority to act
	// "without asking" (said last) is a freedom, not a denial, though
	// handing data over "without asking them anything" denies; jobs that "fail for lack
	// of capacity" name a cause; a share counted ("a quarter of them had
	// none, so we") counts, and "drops tests that never catch anything"
	// removes things for what they never do; ", the older ones don't" (or
	// ", and the rest have none")
	// says how far a practice reaches, as ", but most don't" does; "if a
	// model goes wrong in a way we didn't expect" names a case, it denies
	// nothing; the person who raises a
	// payment "isn't the one who approves it" separates two people, and
	// asking about "anything he doesn't recognise" names what is asked
	// about, as chasing "anyone whose hasn't" names who is chased, and
	// checking "how often on-call engineers can't find" something counts
	// the failures; a
	// figure found and acted on ("that was about one in ten,
	// mostly contractors nobody told IT about, so we") counts, as a share
	// found does, and checking "the backups weren't tampered with" names
	// what is checked; what a review or test did not foresee or reach
	// ("complaints the assessment hadn't foreseen", "APIs the test suite
	// didn't reach") is a finding. A denial cut short at a clause's end ("teases anyone
	// who doesn't", "books them on courses where they don't") names whom
	// the practice reaches, "adjusts the measurements where they don't
	// match" what it corrects, and "some in the repo, some not" its coverage.
	// Rules listed in brackets ("(no lone working, no photos of racks,
	// visitors escorted)") say what the rules forbid, not what is missing,
	// and "when a risk nobody had foreseen turns up" names the risk; a
	// trouble acted on, with the words of the clause before it ("missing
	// SBOMs clustered around two vendors, so …", "applicants refused
	// without an explanation raised most objections, so …"), or "missing
	// fields came up", tells where a trouble lay, not what is missing now,
	// and "components without one dropped from 30% to 5%" an outcome;
	// a gate ("no dataset comes in without Maria's team reading its terms
	// first", "no one, staff, freelancer or vendor, gets credentials until
	// they've signed our standard NDA", "HR won't close a leaver's file until IT marks every
	// asset returned", "won't sign off while high findings are open", "new
	// joiners get no badge or login until HR has their signed contract",
	// "bought-in models can't be switched on until procurement completes
	// the checks") is a rule kept; so is "won't let one person both raise and approve a
	// payment" (duties kept apart), and so are "nobody can both create
	// and approve a payment" and "developers can't deploy their own
	// changes" (v354), and "developers have no standing access to prod"
	// (v374). An outcome "with no rise in wrong stops", a
	// target "of no standing accounts" (the target is no …) and "there
	// have been none in the 18 months since" deny nothing either (v356),
	// nor does retraining that used GPU hours "for almost no accuracy
	// gain" (v357), nor does an outcome "without any limit breaches"
	// (v358), nor does measuring "traffic between segments that shouldn't
	// talk" (what is looked for), nor a trouble told after "after" ("after
	// two outages traced to a DNS provider that wasn't in the analysis",
	// v360). A lead who "won't merge anything with high findings" keeps a
	// gate (v361). "Nobody else knows the routine" says one person holds
	// it, not that it is not done, and a target of none is a target
	// (targetOfNone). A review "by our model risk
	// team, who don't build models" says who reviews: the team's not
	// building is its independence, not a practice denied (v369).
	// Measuring "how often staff override
	// the assistant's suggestions without giving a reason" counts what
	// lacks a reason; it denies nothing, and nor do "proxy metrics that
	// need no labels" (what a thing does without), nor a change that cut
	// energy "with no drop in accuracy" (v352). A source that "produced
	// nothing usable in a year, so we dropped it" is a finding acted on
	// (foundNothingSo), and a commander who "can't begin recovery until
	// three conditions … are ticked" keeps a gate (gatedUntil, v383). "A
	// monthly report of entries past their refresh date or missing a
	// licence" counts what lacks something, as tracking it does (v385),
	// and removing "installs we haven't paid for" or chasing "missing
	// certificates" acts on it (actedOnLacking, v387). Reports that "went
	// from none to about a dozen a month" rose: a figure, not a denial,
	// and "the risks we haven't fixed" are the risks left, not a practice
	// denied (v391). Incidents that "turned out to come from data the tests
	// never covered" name a trouble traced, not a practice denied (v392).
	// A log kept "for risks we can't put a number on" names the risks it
	// covers, not a practice denied (v394), and so do notes "about AI
	// risks we can't put numbers on" (v419: a word before the risks, and
	// numbers put on them).
	// "A goal of never using AI to write complaint replies" is a goal set,
	// not a practice denied (v401).
	// A shortfall "traced to missing seasonal data" names a cause found,
	// not a practice denied (v404). A reviewer "who had no part in
	// building it" is independent, not a denial (v413), and so is an
	// assessor "with no other ties to us"; counting disclosures "whose
	// agreements didn't cover" what they handled counts them; a cause
	// denied "because actions … were never assigned, so each action now
	// gets" an owner tells what a change mended (v414; since v416 read as
	// any denied cause followed by "so … now", as a share seen is).
	// A service "that works without the VPN" says what it does not need,
	// not a practice denied, and a count that "has been none for the last
	// three quarters" reports a figure held at zero (v417). Reporting
	// "how many active suppliers are missing from the register or have
	// no service description" counts both lacks (v420; read first, so the
	// count of what is missing does not stop short of the second), and a
	// report "on treatments past their due date and how many risks were
	// accepted without a documented rationale" counts what lacks one,
	// however far the count is from the verb (v422, one alternative with
	// v420's). "We
	// haven't filed late in the four quarters since" a change tells its
	// outcome, and principles "like least privilege and no direct
	// database access" list a rule, as bracketed rules do (v421). A
	// director who "told the team in an email that the pricing tool
	// shouldn't be used for enterprise deals" told a rule; the "shouldn't"
	// is what was said, not a practice denied (v426; since v430 one
	// alternative with the older "that shouldn't …" of a rule kept).
	// What a report showed and what was done about it (reportActedOn)
	// denies nothing, as a trouble acted on does not: "the comparison
	// kept finding test servers missing, so test servers now need a
	// register entry" (v431).
	// "Can't promise anyone could find it now" doubts where a thing done
	// is kept, it neither denies nor supposes the doing (v432; and in
	// notHypothetical).
	// A sign "saying no food or drinks" tells what the sign says (v433).
	// A manager who "determined … which security controls could be
	// relaxed" decided; the "could" is what was weighed (v434; in
	// notHypothetical).
	// A prohibition listed as a rule ("no secrets in repos", "no admin
	// rights on laptops", after a document's colon or not) is a rule
	// kept, not a denial (v438). A threshold ("none open over 60 days")
	// and the cause told of a figure that moved ("slipped from 92% to 81%
	// … because promotions weren't in the features") deny nothing (v440).
	// Reminding managers "about locking screens and not sharing
	// passwords" tells what the reminder says; counting "how many new
	// starters haven't signed" counts; "now it's none" is an outcome
	// (v442).
	// A change "following a finding that two memberships produced no
	// usable intelligence" tells what the finding was (v449).
	// Costs "monetary and not" are both kinds: "and not" after a word
	// names the other kind, it denies nothing; "almost nobody raised
	// concerns because they feared blame, so we added …" tells a count
	// near zero and what mended it (v452); a firm that "can't be
	// down" (afford downtime) gives a reason, and "With no security
	// team, …" the setting, neither denies what is done; a cause
	// denied "because the policy didn't cover generative tools, so a
	// generative AI section was added" tells what a change mended, as a
	// denied cause before "so we" does (v451); and who did not do it,
	// told beside who did ("it's the procurement team, not legal, and
	// they've done it …"), denies nothing of what was done (v447). What
	// is "otherwise left alone" is left alone only between the times told
	// before it (v453). A document "saying what the system does … and
	// what it is not for" (or "must never be used for") tells what it holds
	// (v454). "Only through the secure file-sharing service, never as email
	// attachments, and every transfer is logged" names the way not taken,
	// and denies nothing done (v455). Categories "the team agreed years ago
	// and never wrote down" deny only the writing, at the clause's end
	// (v456; "… and haven't written it down" stays a denial: read as
	// none, its "written" read as a document, moving part 286's ID.RA-01
	// from 2 to 3). So does "a routine she set up herself and never
	// documented" (v458), and a month's check "that nothing's been stacked
	// against it" is a check, as "that nothing has been" was. "Nobody
	// works in there alone" is a two-person rule kept (twoPersonRule,
	// v459). Experts "who did not build it" are independent of it, not a
	// denial (v463).
	// "None of the last 4 has come back" tells an outcome, as "it hasn't
	// come back" does (v466), and "the latest report had none repeated"
	// does too (v468), as "it's been none for the last two quarters" does
	// (v470). What an exception says of what it excepts ("…,
	// excluding the fire exit at the back, which has none", "…, bar the
	// research team, which doesn't attend") is said of that alone, not of
	// the practice (v468). What a document is quoted as saying (a
	// policy whose first goal is "no AI decision … without a route to a
	// human", a sign that reads "no entry without a badge") is its
	// wording, not the owner's denial; a word or two quoted ("Authorities:
	// TBC", "TBD") may still say the document is empty (v467).
	// "SLA misses are down to none this year" tells an outcome, and
	// denies nothing (v503). What a policy says in brackets ("the
	// approved remote working policy (encrypted, …, never left in
	// cars)") spells out the rule, and "what the model does and doesn't
	// do" tells its limits: neither denies (v505). Nor does a rule given
	// as an example, "a few principles, like no public databases" (v506).
	// What was added because it was missing ("so we added the missing
	// logging", filled, installed, put in) mends a gap, and "risks we
	// can't put a number on", the subject that opens a clause, names a
	// kind of risk ("there are risks we can't …" still denies): neither
	// denies (v510). What a later review "raised none on" (found
	// nothing, no findings) is its outcome (v511), and so is what this
	// year's tests "had no measurable impact" on (v512).
	// A document "covering VPN, screen locks and no printing at home"
	// (that covers, setting out, including) lists its rules: the "no" is
	// one of them, not a denial; "brought the missing schedules to zero"
	// (cut, reduced) tells a result, not what is missing (v521).
	// Incidents labelled "urgent or not urgent" are sorted in two, not
	// denied, and a page "on what the chatbot can't answer" is about its
	// limits (v523). A change made "with no repeats since" tells its
	// result, and a spreadsheet "(AI-RISK-007, never reviewed)" was made
	// and left unreviewed: neither denies what was done (v524).
	notNegation = mustPattern(`(?i)\bwith no (?:repeats?|recurrences?|repeat (?:offences|incidents|findings|cases)|further (?:incidents|cases|breaches)) since\b|\([^()]{0,40}\b(?:never|not) (?:reviewed|approved|signed off|updated|maintained|finished)\)|\b[\w-]+ or not [\w-]+\b|\b(?:brought|brings|bringing|cut|cuts|got|gets|took|takes|reduced|reduces|drove|driven|drives) (?:the |our )?missing (?:[\w-]+ ){0,2}?[\w-]+ (?:down )?to\b|\b(?:polic(?:y|ies)|standards?|procedures?|rules|handbook|guidelines?|charter) (?:covering|that covers|which covers|covers|setting out|that sets out|which sets out|sets out|including|that includes|which includes|includes)\b[^.;:]{0,80}?\bno [\w-]+|\b(?:like|such as|e\.g\.,?) no [\w-]+(?: [\w-]+){0,3}\b|\b(?:had|has|have|caused|showed) no (?:measurable|noticeable|visible|significant) (?:impact|effect|slowdown|disruption|degradation)\b|\b(?:reviews?|audits?|tests?|scans?|assessments?|inspections?|checks?) (?:raised|found|flagged|turned up|reported) (?:none|nothing|no (?:findings?|issues?|gaps?|problems?))\b|\b(?:add|adds|added|adding|fill|fills|filled|filling|install|installs|installed|put in|supplied|restored) (?:in )?(?:the|any|all the) missing\b|^\W*(?:[\w-]+ )?[\w-]+s (?:that |which )?(?:we|you|they) (?:can't|cannot|couldn't) (?:put|attach|give|assign) (?:a |any )?(?:number|figure|value|score|price)s? (?:on|to)\b|\b(?:policy|standard|procedure|rules|guidelines?)\s*\([^)]{0,160}\)|\b(?:does|do|can|will|is) and (?:doesn't|does not|don't|do not|can't|cannot|won't|isn't)(?: do)?\b|` + downToNone + `|` + checkedNone + `|` + setAside + `|` + doubleNegative + `|` + twoPersonRule + `|` + unformalBracket + `|` + dataKeptOut + `|` + documentRequires + `|` + flaggedNoLonger + `|` + trimmedUnneeded + `|\b(?:who|that) (?:did not|didn't|do not|don't|have not|haven't|had not|hadn't|were not|weren't|was not|wasn't) (?:build|built|write|wrote|written|develop|developed|design|designed|train|trained|create|created|make|made|work on|worked on) (?:it|them|the [\w-]+|that [\w-]+)\b|\b(?:and|but) never (?:wrote|put) (?:(?:it|them|any of (?:it|them)) )?down\W*$|\b(?:and|but) never (?:documented|formali[sz]ed|recorded|wrote up)(?: (?:it|them|any of (?:it|them)))?\W*$|^\W*(?:and |but )?never (?:as|by|through|via|over|in|on) (?:an? |the )?[\w-]+(?: [\w-]+)?(?:,|\W*$)|\bwhat (?:it|they|the [\w-]+(?: [\w-]+)?) (?:is|are|'s|'re) not (?:for|meant for)\b|\bwhat (?:it|they|the [\w-]+(?: [\w-]+)?) (?:must|should|may) (?:not|never) be used for\b|\botherwise,? (?:they're|they are|it's|it is|they get|it gets) (?:just |mostly )?left alone\b|\b(reports?|reported|tracks?|tracked|counts?|counted)\b[^.;]{0,80}\bhow many\b[^.;]{0,80}\b(missing|without|lacking|with no)\b([^.;]{0,60}\b(or|and) (have|has|had|with|carry|carries) no\b)?|` + soleHolder + `|` + neverLeft + `|` + soNothingLapses + `|` + independentOf + `|\b(that|which) (works?|worked|functions?) (even )?without\b|\b(haven't|hasn't|have not|has not)\b[^.;,]{0,30}\b(in|for|over) the (\d+|` + numberWords + `|last|past) ([\w-]+ )?(months?|weeks?|years?|quarters?|days|releases?|audits?|cycles?) since\b|\b(like|such as|for example|including) ([\w-]+ ){0,4}[\w-]+,? (and|or) no\b|\b(it|that|this|the (count|number|figure|total|tally))( [\w-]+)? (has|have) (been|stayed|remained|sat) (at )?(none|zero|nil)\b|\b(we|they) (count|counts|track|tracks|log|logs|record|records) [^.;]{0,80}\b(whose|that|which|who) [^.;]{0,40}(didn't|did not|don't|do not|weren't|wasn't|never)\b|` + targetOfNone + `|` + foundNothingSo + `|` + gatedUntil + `|` + actedOnLacking + `|\b(team|teams|group|function|unit|people|experts?|assessors?|reviewers?|auditors?|firm|staff|engineers?|colleagues),? (who|which|that) (don't|do not|doesn't|does not|never|aren't|are not|isn't|is not) (build|develop|write|work on|report to|own|take part in|sit in|belong to|answer to)\b|\b(won't|will not|doesn't|does not|never) (merge|release|deploy|ship|approve|sign off|accept|publish) (anything|any [\w-]+|a [\w-]+|code|changes?) (with|that has|that have|carrying) (any |open |unresolved |outstanding )?(high|critical|failing|failed|open|unresolved|outstanding|serious|severe)\b|\b((told|warned|reminded|emailed|informed|asked|instructed) ([\w-]+ ){0,5}that ([\w-]+ ){1,6}|(that|which) )(shouldn't|should not|mustn't|must not|wasn't to|weren't to) (be )?[\w-]+\b|^\W*(after|following) [^,;]{0,80}\b(that|which|who) (wasn't|weren't|was not|were not) (in|on|part of|covered by|listed in|included in)\b|` + shareSeen + `(` + soWho + `|` + actedNow + `)|\b(with|and|at|for) no (noticeable |measurable |significant |real |visible )?(drop|loss|fall|dip|decline|degradation|slowdown|downtime|rise|increase|growth|jump|spike|uptick)( in| to| of)?\b|\b(targets?|goals?|aims?|objectives?|thresholds?) (of|is|was) no\b|\b(for|with) (almost|next to|virtually|practically|little or) no ([\w-]+ )?(gain|benefit|improvement|difference|effect|return)\b|\bwithout any ([\w-]+ )?(breach(es)?|incidents?|outages?|errors?|complaints?|failures?|regressions?|problems?|rise|increase|drop|loss)\b|\bthere (have|has) been (none|no ([\w-]+ ){0,2}[\w-]+) (in|for|over) the (\d+|` + numberWords + `|last|past) ([\w-]+ )?(months?|weeks?|years?|quarters?|days) since\b|\b(that|which) (need|needs|needed|require|requires|required|take|takes|took) no [\w-]+|\bstale ([\w-]+ )?(scores?|records?|entries|accounts?|ratings?|results?|figures?|tickets?|items?|assessments?)\b|\b((most|all|ordinary|regular|normal|other) )?(staff|users|people|employees|everyone( else)?|developers|engineers|devs|contractors|analysts)( [\w-]+)? ((can't|cannot|can not|aren't able to|are not able to|aren't allowed to|are not allowed to) (install|download|run|add|plug in|connect|change|access|open|copy|print|deploy|merge|approve|release)|(have|has|get|hold|keep) no (standing|direct|permanent|routine|local|admin|write|shell|console|production|prod|privileged)( [\w-]+)? (access|rights|accounts?|keys|credentials))\b|\b(nobody|no one|no-one|no single person)( [\w-]+){0,2} (can|may|is allowed to|gets to) both\b|\b(no one|nobody|no-one)(,? [\w-]+){0,5},? (hands? out|gives? out|issues?|resets?|grants?|gets?|is given|receives?|approves?|releases?|deploys?|ships?|signs?)\b[^.;:]{0,40}\b(without|until|unless)\b|\b(a|an|any|the|each|every) ([\w-]+ )?(risks?|harms?|issues?|problems?|threats?|failures?|incidents?|events?|uses?) (that |which )?(nobody|no one|no-one) (had |has |have )?(foreseen|foresaw|anticipated|predicted|expected|seen coming|thought of)\b|(^\W*([\w'-]+ ){1,10}?)?(` + troubleActedOn + `|` + reportActedOn + `)|` + bracketedRules + `|` + saveWhen + `|\b(anyone|anybody|everyone|those|people|whoever|ones?|where|when) (who |that )?(they |he |she |it |the [\w-]+ )?(doesn't|don't|does not|do not|didn't|hasn't|haven't|isn't|aren't|can't)( (match|agree|line up|add up|tally))?\W*$|,\s*(some|most|many|half)( of them)? (in|on|at) [^,;.]{1,30},\s*(some|others|the rest|a few) not\W*$|\b(groups|people|users|customers|cases|segments)( that)? (they|the (assessments?|reviews?|tests?))( had)? never (considered|foresaw|covered|thought of|named|included)\b|` + countedSo + `|\bhow (often|many times|many)( [\w-]+){1,4} (can't|cannot|couldn't|don't|didn't|won't|fail to)\b|\bhow (often|many times|many)\b[^.;]{0,60}\bwithout\b|\b(chases?|chased|chasing|follows? up (with|on)|followed up (with|on)|reminds?|reminded|nudges?|nudged) (anyone|anybody|everyone|those|people|users|staff|whoever|any [\w-]+)( (who|that|whose)( [\w-]+)?)? (hasn't|haven't|has not|have not|didn't|did not|isn't|aren't|don't|doesn't)\b|\b(checks?|checked|verif(y|ies|ied)|confirms?|confirmed|makes? sure|made sure|ensures?|ensured)( (daily|weekly|monthly|quarterly|each (day|week|month|quarter)|every (day|week|month|quarter)))?( that| whether)? (nobody|no one|no-one|none of (them|us|the [\w-]+)|nothing)( (has|have|had|is|are|was|were|gets?|got|can|still)|'s|'ve)\b|\b(checks?|checked|verif(y|ies|ied)|confirms?|confirmed|makes? sure|made sure|ensures?|ensured|tests?|tested)( that)? ([\w-]+ ){0,3}(weren't|wasn't|aren't|isn't|hasn't been|haven't been|were not|was not|are not|is not|has not been|have not been) (tampered|changed|altered|modified|corrupted|touched|edited|swapped|replaced)\b|\b(anything|everything|whatever|any [\w-]+|things|ones|entries|accounts|logins|activity) (that |which |who )?(he|she|they|we|i|you|the [\w-]+)( [\w-]+)? (doesn't|don't|didn't|can't|cannot|couldn't|does not|do not|did not) (recogni[sz]e|know|expect|understand|trust|approve)\b|\b(isn't|is not|aren't|are not|wasn't|was not|is never|are never|never is)( ever)? (the )?(same (person|people|one)|one|ones|person|people) (who|that)\b|\b(drops?|dropped|retires?|retired|removes?|removed|deletes?|deleted|prunes?|pruned|culls?|culled|archives?|archived|disables?|disabled|bins?|binned)\b (the |any |all )?([\w-]+ ){0,2}[\w-]+s (that|which|who) (never|no longer|don't|do not|haven't|have not|aren't|are not)\b|\b(someone|somebody|anyone|anybody|people|a person|the person|those|one) (who|that) (didn't|did not|hasn't|has not|wasn't|was not|isn't|is not|haven't|have not|weren't|aren't|doesn't|does not|don't|do not) (build|built|write|wrote|written|make|made|develop|developed|train|trained|design|designed|work|worked|code|coded)( on)? (it|them|the [\w-]+)\b|\b(the |those |these )?missing (cases|data|examples|records|samples|fields|values|labels|rows)\b|\bmissing ([\w-]+ ){0,2}[\w-]+ (came up|turned up|showed up|kept (coming|turning|showing) up|recurred)\b|` + countedNotYet + `|\b(items?|questions?|requirements?|controls?|cases|things|ones|risks?|issues|harms?)( [\w-]+)? (we|they) (can't|cannot|can not|couldn't|don't|didn't) (yet )?(answer|meet|cover|pass|satisfy|fix|close|measure|quantify|assess|track|score|test)\b|\b(targets?|limits?|ceilings?|thresholds?|goals?|tolerances?) (of|is|are|was|were|'s) (none|zero|nil)\b|\b(aiming|aims?) (for|at) (none|zero|nil)\b|\b(traced|pinned|put)( it| them| this| that| the [\w-]+)?( back| down)? to (the )?(missing|absent|lack of|a lack of|lacking)\b|\b(goals?|aims?|objectives?|rules?|principles?|commitments?|pledges?) (of|to) (never|not)\b|\b(any|anything|everything|those|the ones|ones)( [\w-]+)? (that|which) (don't|do not|doesn't|does not|aren't|are not|isn't|is not|can't|cannot|won't)\b|^\W*((and|but|though),? )?` + imNotSure + `,? (that )?(the |all the |any of the )?[\w-]+( [\w-]+)? (was|were|got|has been|have been) (ever )?[\w-]+( up| down| out| off| away)?\W*$|` + outlived + `|\b` + notTooBusy + `\b|` + nobodysObjects + `|\bno (later|more|less|longer) than\b|` + lastNCameBack + `|,? (and |but )?(never|not) (by|over|via|through|on|in) (e-?mail|post|fax|phone|usb( sticks?)?|chat|slack|teams|text|sms|paper|whatsapp)\b|\b(if|when|whenever)\b[^.;,]{0,40}\b(we|they|you|nobody|no one|anyone) (didn't|did not|hadn't|had not|couldn't|could not|never|don't|do not) (expect|foresee|predict|anticipate|plan for|see coming)\w*|\b(hopes?|hoped|hoping)( that)? (it|they|this|that|the [\w-]+) (doesn't|don't|won't|does not|do not|will not)( [\w-]+){0,2} (again|back)\b|,\s*(but |and )?(most|many|others|the rest|(the )?(older|newer|other|remaining|old|new) ones) (don't|do not|aren't|are not|haven't|have not|doesn't|ha(ve|s) (none|nothing))\b|\b(kept|keep|keeps|kept on|started|were|was|are|is) missing\b|\bmiss(ed|es|ing)? (the |our |its |their )?([\w-]+ )?(targets?|deadlines?|slas?|slos?|thresholds?|windows?)\b|\bnot only\b|\bgo[/ -]no[/ -]go\b|^\W*((and|but|though),? )?` + imNotSure + `( though| tbh)?\W*$|^\W*((and|but|though),? )?` + imNotSure + ` (what|which|how|where|when|who|whether) ([\w'-]+ ){0,4}[\w'-]+\W*$|\bthere('s| has| have) been (none\b[^.;,]{0,30}\b|(no|none)( (more|further|new|repeat))?( [\w-]+)? ` + troubleKinds + `( of (it|that|this|them))? )since\b|\b` + cannotSayWhich + `|\b(retrain|re-train|rebuil|rewr|redesign|rework|re-ran|rerun)\w* ([\w-]+ ){0,3}without\b|\b(found|discovered|learned|learnt|realised|realized|noticed) (that )?([\w'-]+ ){1,4}(was|were|had been|had) (never|not)\b|\b(hadn't|had not|weren't|were not|wasn't|was not) been (predicted|foreseen|anticipated|expected|spotted|caught)\b[^.;]{0,30},? so ` + soWho + `|` + deniedCauseSo + `(` + soWho + `|` + soNow + `)|\b(count|counts|counted|track|tracks|tracked|log|logs|logged|record|records|recorded|list|lists|listed) (the |any |all )?([\w-]+ ){0,2}[\w-]+s (that |which )?(the|our|its|their) [\w-]+ (didn't|did not|doesn't|does not|don't|do not|hadn't|couldn't|can't|missed)\b|\b(which|what) (ones|[\w-]+s) (aren't|are not|isn't|is not|don't|do not|doesn't|does not|can't|won't)\b|\b[\w-]+s (they|that|which|who) (haven't|hasn't|have not|has not) (been )?(touched|used|opened|accessed|changed|updated) (in|for) (\d+|` + numberWords + `) (days|weeks|months|years)\b|\b(when|after|because|since|as) (almost |nearly |virtually |practically )?(none|nothing|no one|nobody) (came|come|arrived|turned up|showed up|got through|did|worked|helped|responded|replied|passed|succeeded)\b|\b(hasn't|has not|haven't|have not|didn't|did not|never) ` + recurred + `\b|\b(polic(y|ies)|standards?|procedures?|plans?|contracts?|clauses?|schedules?|signs?|stickers?|banners?|posters?|headings?|sections?|settings|rules?|goals?|guidelines?|handbook|charter|runbook|playbook|template|page|line)\b[^."]{0,60}\b(says?|said|reads?|states?|stated|requires?|required|opens with|starts with|begins with|being)( that)?,?( word for word,| literally,)? "[^" ]+( [^" ]+){2,40}"|\b(none|neither|nothing)( of (the|them|those|these)( [\w-]+){0,3})? (has|have|had)( since| yet| ever)? (` + recurred + `|reopened)\b|\b(it's|it has|it is|there's|there has|there have) been (none|nil|zero) (for|in|over|across) (the|each of the) (last|past|latest) [\w-]+( [\w-]+)?\b|\b(the )?(latest|last|next|most recent|new) ([\w-]+ ){0,2}(reports?|reviews?|audits?|tests?|surveys?|checks?|assessments?|samples?) (had|has|found|showed|contained|listed) ((none|nothing)(\s*$|\s*[,;.!]| (repeated|recurring|open|overdue|outstanding|late|failed|missing|reopened)\b)|no (repeat(ed)?|recurring|open|overdue|outstanding|late|failed|missing) [\w-]+)|(\b` + exceptionWord + `|(^|,)\s*bar) [^.;,]{1,60},? (which|who|where|whose) [^.;,]{1,60}|\b(\w+s|ones|those) (that|which) ((can't|cannot|can not|couldn't) (yet |easily |readily )?be|(don't|do not|doesn't|does not|fail to) (meet|match|comply with|conform to|satisfy|pass))\b|\b(when|where|how|what|which|whether) ([\w-]+ ){1,3}(can't|cannot|can not|won't|shouldn't|should not|mustn't|must not|(must|should|may|can) never|isn't|aren't|doesn't|don't) (do|be used|handle|cover|know|see|answer)\b|\b(fell|dropped|went down|came down|declined|shrank) to (almost |nearly |practically |virtually )?(none|nothing|zero)\b|\bfrom [^.;]{0,30}\bto (almost |nearly |practically |virtually )?(none|nothing|zero)\b|\bfrom (none|nothing|zero) to\b|\b(for|with|on|of|about) (the )?([\w-]+ )?(risks?|harms?|effects?|impacts?|outcomes?|benefits?|things)( that| which)? (we|they) (can't|cannot|can not|couldn't|don't|do not) (put (a |any )?(numbers?|figures?|values?|prices?) on|quantify|measure|score)\b|\bfrom ([\w-]+ ){0,2}(data|cases|inputs|scenarios|situations|conditions|examples|records) (that |which )?(the |our |its |their )?([\w-]+ )?(tests?|test sets?|test suites?|checks?|evaluations?|training data) (had )?(never|didn't|did not|hadn't|had not|don't|do not|never had) (covered|cover|included|include|tested|test|exercised|exercise)\b|\b(the|any|those) ([\w-]+ )?(risks?|issues?|problems?|findings?|gaps?|bugs?|vulnerabilities) (that |which )?(we|they) (haven't|have not|didn't|did not|can't|cannot|couldn't) (yet )?(fixed|fix|closed|close|resolved|resolve|addressed|address|mitigated|mitigate)\b|\b` + neverSeenFiled + `\b|\bwithout (exception|fail)\b|\bnot (all|every|always)\b|\b(nothing|no|not) formal(ly|ised|ized)?\b|\b(never|won't|will not|doesn't|does not|don't|do not|no ([\w-]+ ){1,3}(is|are|comes?|goes?|gets?|enters?|leaves?|reaches?|arrives?)|(get|gets|receive|receives|is given|are given) no)\b[^.;:]{0,40}\b(without|until|while|unless)\b|\bno (gaps?|issues?|problems?|concerns?)\b|\b(some|others|other \w+) (do not|don't|doesn't|aren't|won't|haven't)\b|` + countedNot + `|\b(found|show(s|ed)?|showed up|flagged|listed|marked|came up) (as )?([\w%]+ ){0,3}(missing|absent|lacking)\b|\b(blocks?|blocked|prevents?|prevented|stops?|refuses?|rejects?|counts?|counted|flags?|flagged|detects?|detected|catches|caught|lists?|listed)\b[^.;]{0,40}\bwithout\b|\b(after|when|because|since)\b[^.;,]{0,40}\b(without|missing)\b|\b(without|missing|lacking)\b[^.;]{0,40}\b(are|is|get|gets) (counted|tracked|reported|measured|reviewed|flagged|listed)\b|\b(without|missing|lacking) ([\w-]+ ){0,3}(dropped|fell|went down|came down|shrank|declined|halved|rose|went up|climbed)( by| from| to)\b|\bno-\w+|\bmissing-\w+|\b(traced|tracked|pinned|narrowed) ([\w']+ ){0,3}(down )?to\b[^.;]{0,30}\b(out of date|out-of-date|outdated|obsolete|stale)\b|\b(caused by|came from)\b[^.;]{0,30}\b(out of date|out-of-date|outdated|obsolete|stale)\b|\b(for|because of|due to|over|traced (back )?to|came from|caused by|from) (missing|absent|lacking|(the )?lack of) \w+|\w+/no\b|\b(that |which )?(nobody|no one|no-one) (has |have |had |ever )?(signed (it |them )?off|approved|ratified|formally approved)( (it|them))?\b|\b(miss(es|ed|ing)?) (its|their|the|our|a|an) ([\w-]+ ){0,2}(targets?|slas?|slos?|goals?|thresholds?|deadlines?|objectives?)\b|\bno (major |open |significant )?(findings|exceptions?|nonconformit\w*)\b|\bknows? (not|never) to\b|\bnone (have|has) ` + beenFound + `\b|,?\s*otherwise not( really| much| at all)?\W*$|,\s*(but |and )?nothing (more|internal|inside|further|beyond (that|it))\W*$|\b(checks?|checked|looks?|looked|scans?|scanned|searches|searched|reviews?|reviewed|reports?|reported|reporting|tracks?|tracked|tracking|chases?|chased|follows? up|followed up)\b[^.;]{0,40}\b(for|on) (anyone|anybody|anything|any [\w-]+|(the )?([\w-]+ )?(accounts?|users?|devices?|machines?|servers?|laptops?|hosts?|endpoints?|systems?|models?|assets?|apps?|applications?))( [\w-]+)? (without|missing|lacking)\b|\b(later |subsequent |follow-up |recent )?(scans?|checks?|audits?|tests?|reviews?|searches|sweeps?)( since| now)? (have |has )?(found|finds?|turned up|turns? up|shown|showed|shows?) (nothing|none)(\s*$|\s*[,;.!]| (since|in|at|on|for|so|and|yet)\b)|\b[\w-]+s (that |which )?(the|our) ([\w-]+ )?(assessments?|reviews?|audits?|tests?|test suite|suite|scans?|scanners?|checks?|monitoring|tools?) ((had|has|have|did|does|do|could|ca)(n't| not| never)|cannot|never) (foreseen|foresee|predicted|predict|caught|catch|spotted|spot|anticipated|anticipate|found|find|flagged|flag|reach|cover|test|see|exercise|hit)\b|\bno ([\w-]+ ){0,2}(surprises|repeats|recurrences|incidents|issues|problems|complaints|findings|failures|errors|outages|breaches|leaks|escalations)( have| has)? (come up|happened|occurred|recurred|appeared|surfaced|been (found|seen|reported))\b|\b(can't|cannot|can not|couldn't|could not) (do|manage|cope|operate|run|survive|function|live) without\b|\b(what|whatever|anything|those|ones)('s| is| are|'re) (not|no longer) (needed|used|required|in use|necessary|wanted)\b|\b((i|we)('ve)? (haven't|have not|didn't|did not|never) (really |actually )?(checked|verified|confirmed)|i('ve)? (haven't|have not|didn't|did not|never) (really |actually )?looked)(\s*$|\s*[,;!?)]| (it|that|this|but|though|yet|personally|myself|recently|lately|lol)\b)|\bwithout (waiting|needing|having to|delay|prompting|being (asked|told|chased))\b|\bwithout asking( first| for permission| permission)?\W*$|\b(go|goes|went|gone|going) missing\b|\b(chases?|chased|chasing|follows? up( on)?|followed up( on)?|looks? for|looked for|hunts? down|tracks? down|recovers?|recovered) (anything|everything|whatever|what's|what is|any [\w-]+|the [\w-]+)( [\w-]+)? missing\b|\b(can't|cannot|can not|couldn't|could not) be (\w+ ){1,2}(without|until ([\w-]+ ){1,3}(completes?|approves?|signs? (it |them )?off|reviews?|checks?|clears?|confirms?|verifies))\b|\b(authority|authori[sz]ed|allowed|permitted|empowered|free|the right|permission) to (\w+ ){1,4}without\b|\b(what|which|when|where|how)\b[^.;]{0,40}\b(should|can|may|must|is|are)( and | or |/)(shouldn't|should not|can't|cannot|may not|mustn't|must not|isn't|is not|aren't|are not)\b|\b(showed|shows|found|finds|revealed|exposed|flagged|said|says|told us|complained|felt)( that)? ([^.;,"]{0,60}?\b(nobody|no one|none|no|not|never|without|nothing)\b|[^.;,"]{0,60}?n't\b)[^.;,]*|\b(none|nobody|no one|no-one) (have|has) (started|gone|slipped|failed|missed|lapsed|broken|regressed|recurred|reopened|been (late|missed|overdue|breached))\b[^.;,]{0,30}\b(since|this (year|quarter|month)|so far|in (the )?(last|past))\b|\bthe (last|past|next|following) ((\d+|` + numberWords + `) )?[\w-]+( [\w-]+)? (had|have had|saw|have seen|produced|needed|required|drew|have drawn|got|received|brought) (none|nothing|zero|no [\w-]+)\b|\b(when|where|if|whenever) (we|they) (can't|cannot|can not|couldn't|don't|do not) (measure|quantify|track|score|test|assess|fix|answer)\b|\b(try|tries|tried|trying) (hard )?not to\b|\b(the|a|its|their) reasons? (why )?(it|they|this|that|each one) (can't|cannot|can not|couldn't|isn't|aren't|wasn't|won't) \w+|\b(neither|none|nothing|nobody)( of them)? (has|have) (dropped|fallen|slipped|gone|failed|missed|breached|recurred|happened)( below| under| back| again)?( since| again)?\b|\b(have|has|'ve) been (at )?(\d+|` + numberWords + `) or (none|fewer|less)\b|\b(won't|will not|can't|cannot|doesn't|does not|never) (let (you|anyone|us|them|people|staff) )?(submit|save|close|publish|proceed|release|deploy|merge|ship|go live|complete|finish|sign off)( (it|them|anything|an? [\w-]+|the [\w-]+))? (without|until|unless)\b|\b(won't|will not|doesn't|does not|don't|do not|never) (sign( it| them)? off|sign|approve|release|deploy|pay|proceed|go ahead|onboard|start|hire|shortlist|accept|admit|merge|ship|buy from|contract with|work with)\b([^.;]{0,40}\buntil| (anyone|anybody|any [\w-]+|a [\w-]+|suppliers?|vendors?|candidates?) (who|that|which|without)|( (it|them|anything|a [\w-]+|the [\w-]+))? (if|unless|when) (any|anything|one|some|something|it|they|the [\w-]+|a [\w-]+)( [\w-]+){0,3} (fail|fails|failed|is missing|are missing|break|breaks|is open|are open|is outstanding|are outstanding))\b|` + noneSince + `|\b` + cannotVouch + `\b|\b(won't|will not|doesn't|does not|don't|do not|never) (let|allow|permit) (one|the same|a single|any single|any one) ([\w-]+ )?(person|people|user|employee|engineer|developer|admin|individual|one|team|member of staff)( to)? (both|alone|on (their|his|her|its) own)\b|\b(moved|switched|changed|went|migrated|upgraded) to [^.;,]{0,40}\bwith no\b|\bnothing\b[^.;:]{0,30}\b(goes|go|gets|get|is|are) (out|live|deployed|released|merged|shipped|through)\b[^.;:]{0,20}\bwithout\b|\b(track|tracks|tracked|count|counts|counted|monitor|monitors|monitored|measure|measures|measured|report|reports|reported|flag|flags|flagged)\b (the |all |any )?` + lackingThings + `|\b(report|reports|list|lists|count|tally|log) of ([\w-]+ ){1,8}(missing|lacking|without|with no)\b|\b(asking|asks|asked|telling|tells|told|reminding|reminds|reminded|warning|warns|warned|instructing|instructs|instructed|(a |an )?(reminders?|warnings?|instructions?|notices?|signs?)) ([\w-]+ ){0,8}(not|never) to\b|\b(can't|cannot|couldn't) (promise|guarantee|swear)\b|\b(signs?|notices?|posters?|banners?|labels?) (saying|that says|which says|reading|that reads)\W{0,2}(no|don't|do not|never)\b|^\W*no (?:[\w-]+ )?(?:secrets?|passwords?|credentials|keys|tokens|personal data|customer data|pii|live data|real data|production data|shared accounts|admin rights|usb (?:sticks|drives|storage)) (?:in|on|into|inside|stored in|committed to|pushed to) (?:the |our |any )?(?:[\w-]+ )?(?:repos?|repositories|code|git|github|gitlab|source|slack|chat|email|e-mail|tickets?|wikis?|spreadsheets?|laptops?|notebooks?|config(?: files)?|images?|containers?|logs?)\b|^\W*(?:none|zero|no [\w-]+) (?:open|overdue|outstanding|late|unresolved|unpatched|unreviewed) (?:for |over |beyond |longer than |past |after |more than )(?:\d+|` + numberWords + `) (?:days?|weeks?|months?|hours?)\b|` + figureMoved + `[^.;]{0,60}\bbecause\b[^.;]{0,60}(?:n't|\bnot|\bnever|\bno)\b|\b(?:remind|reminds|reminded|warn|warns|warned|tell|tells|told|brief|briefs|briefed|train|trains|trained)\b[^.;]{0,60}\b(?:about|on|against)\b[^.;]{0,60}\bnot [\w-]+ing\b|\b(?:reports?|reported|tracks?|tracked|counts?|counted|measures?|measured)\b[^.;]{0,40}\bhow many\b[^.;]{0,60}(?:n't|\bnot\b|\bnever\b)|\bnow (?:it's|it is|there are|there's|we have|at) (?:none|zero|nil)\b|\b[\w-]+ and not\s*(?:,|;|$)|\b(?:almost|nearly|hardly|virtually) (?:nobody|no one|none)\b[^.;]{0,80}\bbecause\b[^.;]{0,60},? so (?:we|they)\b|\b(?:can't|cannot|can not) (?:be down|go down|afford (?:to be down|downtime|an outage|a breach|mistakes))\b|^\W*(?:with|having) no (?:[\w-]+ )?(?:team|staff|people|person|department|budget|money|resources?|admins?|engineers?|specialists?),|\b(?:following|after) (?:a|the) (?:finding|discovery|review|audit|report|realisation|realization) that [^.;,]{0,80},|^\W*not (?:the |our )?(?:` + departments + `|operations|[\w-]+ team|[\w-]+ department|me|us|them|him|her),\s+and\b|` + deniedCauseSo + `(?:an?|the) (?:[\w-]+ ){0,3}[\w-]+ (?:was|were|has been|have been) (?:re-?)?(?:` + changeVerbs + `)\w*`)
	// "We want our models to be fair" (wish, hope, would like them to
	// be) is a wish, not a practice (v418), and "there's some talk of
	// doing it for the next product" is talk of a plan (v443). What has
	// an ETA ("A records policy is in flight, ETA April") is not done yet
	// (v518).
	// A document that "is on the document plan" (the roadmap, the
	// backlog) is planned, not written (v524).
	plannedOnly = mustPattern(`(?i)(?-i:\bETA\b)|\b(?:is|are|sits|sit) on the (?:[\w-]+ )?(?:plan|roadmap|backlog|wish ?list)\b|\b(?:there's|there is|there has been) (?:some |a lot of |much )?talk (?:of|about) (?:doing|adding|setting up|starting|introducing|bringing in|writing|running)\b|\b(we|they|i) (really )?(want|wish|hope|would like|'d like) (our|the|all|every|each|its|their) ([\w-]+ ){0,4}to (be|have|get|stay)\b|\b(plan(s|ned|ning)? to|(keep|keeps|kept|been|were|was) meaning to|(is|are|was|were) planned|planned (for|to)|intend(s|ed)? to|aim(s|ing)? to|going to|will|next (week|month|quarter|year)|roadmap|being (drafted|written|developed|defined|prepared)|draft(s|ing)?|in progress|to be (written|approved|defined)|once we|not yet|(a|the) project to|starts? (in|next|from|on|once)|starting (in|next|from)|goes live (next|in|on|by|soon|later|this)|(in|by|from) q[1-4]|evaluating|(we're|we are|is|are|currently) hiring|hiring (a|an|someone|for)|(would|'d) like to|(we|i|they|it|you)'ll|waiting (on|for)|wip|working (towards?|on)|in the process of|about to|looking into|(we're|we are|i'm|i am|they're|they are|currently) looking at (it|this|that|options|ways)|exploring|investigating|considering|scoping|on (our|the|their|its|his|her|my) (list|radar|backlog|to-?do( list)?)|in draft|early stages?|\bsomeday\b|work in progress|getting there|in the works|kicking off|(being|been) (set up|built|defined|established|designed|worked out|developed|gathered|put together)|setting up|still (designing|defining|building|working|setting)|want(s|ed)? to|(something|an idea|a topic|a thing) (that )?(we|they)('ve| have)? (talked about|discussed)|(we|they)('ve| have)? (only |just )?(talked|spoken|chatted) about (it|this|that|doing (it|this|that)|\w+ing (it|them|this|that)\b)|(we|they)('ve| have)? (only |just )?discussed (it|this|that)|(says?|said|thinks?) (we|they) should|(would|(we|they|i|you|he|she|it)'d) [^.;]{0,60}\bif\b|\bif\b[^.;]{0,60}\b(would|(we|they|i|you|he|she|it)'d)|we should (have|get|do|write|start|set up)|wants? (one|it|them|this|that)( \w+)? (by|before|for|in|within)|wish(es)? to|hop(e|es|ing) to)\b|` +
		// "Drafted" is a plan when a governing document is drafted ("the
		// policy is drafted but not approved"), not when it says who writes
		// each year's report; a goal is not a practice ("that's the goal
		// for 2027"), and nor is what someone "talked about writing".
		`\b(polic(y|ies)|procedures?|standards?|process(es)?|charters?|frameworks?|guidelines?|runbooks?|playbooks?|templates?|plans?)\b[^.;]{0,30}\b(drafted)\b|\bdrafted (a |an |the |our |its |their )?(\w+ )?(polic|procedure|standard|process|charter|framework|guideline|runbook|playbook|template|plan)|\b((the|our|that's the|that is the) (goal|aim|ambition|aspiration|vision|intention)|aspirational)\b|\b(who|that) (had )?(talked|spoke|spoken|chatted|thought) about \w+ing\b`)
	// What someone would do is not what is done: "we'd probably post
	// something on the blog". Habit ("we would usually"), opinion ("I'd
	// say", "I'd hope") and wishes (plannedOnly's "would like to") are not
	// that: those "would"s are hedges, and so is "there might be a
	// diagram somewhere", which doubts what exists, or "a few might still
	// be public". "If a model clearly gets worse, someone might retrain
	// it" tells a reactive habit, not a plan (so does "if an alert looks
	// serious, one of the developers might dig into it", and "when two
	// alerts look connected, the analyst on shift might check the other
	// system's logs"; "…, I guess an engineer
	// could pull it" a capability, hedged), walking through "who
	// could be harmed" names what is weighed, and tickets "that a better
	// help text would have avoided" name what is counted, and talking
	// about "what could be better" names what is talked about, as ideas
	// "about what we'd do" name what the ideas are about, as a chat
	// "about whether the chatbot could mislead" names what was talked of,
	// and "nobody was sure who could decide" what nobody was sure of, and
	// notes "about who might use the model" whom they are about, and "what
	// fraction of sampled decisions reviewers could explain" what is
	// counted; jobs "on laptops nobody could locate" tell what could not
	// be done, not what might be (so does "when nobody could approve the
	// wording"), and a firm that "said they'd look after
	// our servers" reports what was said; so does a recruiter who
	// "mentioned it might disadvantage older applicants", and "things that
	// might go wrong with the pricing model" names risks, not a guess; a
	// buyer who "could list the main suppliers off the top of her head"
	// tells what she knows (informally: see adHoc); risks picked "by how
	// many customers each could hit" (or "by the harm each could cause")
	// name the yardstick, and a lawyer's
	// note "saying it might apply to us" reports what was said; bulk
	// purchases "made before the checks could run" tell when (v351).
	// Tracking that "showed that only one person could maintain" a
	// pipeline tells what was found (v360). Measuring "how many incident
	// investigations could be fully reconstructed" names what is counted
	// (see indirectQuestion), and "the last nine investigations could all
	// be replayed" tells what was possible (v380). Tests that "showed it
	// could repeat snippets" of tickets report what was found, as "showed
	// that only one person could" does; "found we could automate it" is
	// still a thought (v383); so does a survey that "showed no one outside
	// the core team could maintain" a pipeline (v384). Systems that
	// "relied on one engineer who could retrain them" tell who was able to,
	// as "only one person could" does (v401). What the reviews "showed
	// … we could have removed cheaply" is a finding, not a guess (v414),
	// and so is a survey that "showed many didn't know a person could
	// review a decision" (one alternative with v414's since v430); ranking
	// risks by "how many people it could touch" names a measure, it
	// guesses nothing (v429).
	hypothetical = mustPattern(`(?i)\b(would|could|might|(we|they|i|you|he|she|it|someone|somebody)'d) (probably |likely |maybe |just |most likely |presumably )?[a-z]+\b`)
	// "Something that might need reporting to a regulator" names what
	// sets a practice off, not a guess at what would be done (v462).
	// What a survey "showed only 60% of data stewards could" name is a
	// finding, not a guess (v466). What "no one on call could" do (nobody
	// could) is an inability told, not a guess (v475). What is rated,
	// estimated or guessed ("rate how likely and how bad each impact
	// could be", "guessed in a meeting what a bad loan decision might cost
	// us") is the practice's object, not a guess at what would be done
	// (v499). So is what someone "sketched" (mapped out, drew up, set
	// out: "once sketched what a wrong loan decision might cost us", v521).
	notHypothetical = mustPattern(`(?i)\b(?:sketch(?:es|ed|ing)?|maps? out|mapped out|mapping out|draws? up|drew up|drawn up|sets? out|setting out|spell(?:s|ed)? out|spelt out|rate|rates|rated|rating|estimates?|estimated|estimating|guess(?:es|ed)?|guessing|works? out|worked out|assess(?:es|ed)?|assessing|scores?|scored|scoring|judges?|judged|judging|calculates?|calculated|predicts?|predicted|forecasts?|forecasted)\b[^.;]{0,30}\b(?:how (?:likely|bad|much|many|often|far|long|severe|serious)|what|whether|which)\b[^.;,]{0,60}\b(?:might|could|would|may)\b|\b(?:no one|nobody|no-one|none of (?:us|them)|not one of (?:us|them))(?: [\w-]+){0,3} could\b|\b(?:something|anything|whatever|anyone|anybody|someone|somebody|an? [\w-]+|any [\w-]+|things?|cases?|events?|issues?|incidents?|data|information) (?:that|which|who) (?:might|may|could) (?:need|require|be|affect|count|matter|involve|warrant)\b|` + workedOutWould + `|\b(showed|revealed|found|flagged|told us)\b[^.;]{0,80}\b(could have|(didn't|did not|don't|do not|never) (know|knew|realise|realize|realised|realized|understand|understood)\b[^.;]{0,60}\b(could|can|might))\b|\bhow (many|much|far|often|badly|widely) ([\w-]+ ){0,3}(it|they|each|the [\w-]+) (could|might|would) [\w-]+|\bthe (last|latest|past) (\d+|` + numberWords + `)( [\w-]+){1,2} could (all |each |both )?(be )?[\w-]+\b|` + othersToo + `|` + reportedWould + `|` + thresholdWould + `|\b(showed|found|revealed)( that)? ((only|just) ([\w'%-]+ ){1,4}|(no one|nobody|no-one)( [\w'-]+){0,5} |(it|they|he|she) |the ([\w'-]+ ){1,2})could\b|\b(before|until|till|by the time) ([\w-]+ ){1,3}could (run|start|finish|happen|begin|end|complete|act|react|respond|step in|catch (it|them|up)|see|spot|check|look|get (to|there|involved))\b|\b(once )?(decided|agreed|ruled|concluded)( once)? that (we'd|we would|they'd|they would|he'd|she'd)\b|\b(by|on|from) (how (many|much|badly|far|often|likely)|the ([\w-]+ )?(harm|damage|impact|loss|cost|risk))\b[^.;,]{0,40}\b(could|might|would)\b|\b(could|can) ([\w-]+ ){1,5}off the top of (his|her|their|my|our) heads?\b|` + knowsIt + `|\b(things|risks?|ways?|scenarios?|issues|problems|harms?)( that| which)? (might|could|may) (go wrong|happen|fail|break|arise|occur)\b|\b(said|promised|told us|agreed|confirmed|wrote|mentioned|warned|noted|pointed out|raised|suggested|worried|saying|stating|warning|suggesting) (that )?((they|he|she|it)('d| would)|(it|they|this|that|the [\w-]+) (might|could|may))\b|` + checkedWould + `|\b(nobody|no one|no-one|none of us) could (find|locate|trace|reach|explain|identify|open|read|name|say who|approve|sign( it)? off|authori[sz]e|answer|respond|decide)\b|\b(what|which|the) (fraction|share|proportion|percentage|number|count) of ([\w-]+ ){0,5}(could|would|might)\b|` + shareFound + `|` + deniedCause + `|` + habitualIf + `|` + indirectQuestion + `|\babout (whether|if|how|what|who|which|where) ([\w-]+ ){0,4}(could|might|would)\b|\b(that|which|whether|if) ([\w-]+ ){0,4}would have (\w+ed|been|done|caught|prevented|stopped|avoided|saved|stood up|held up|passed)\b|^\W*(if|when|whenever) [^,;]{0,60},\s*((i guess|i think|i suppose|i reckon|i imagine|probably|presumably) )?(someone|somebody|one of (us|them|(the|our) [\w-]+)|the [\w-]+|an? [\w-]+|they|he|she|we)( (on|in|at|from) ([\w-]+ )?[\w-]+)? (might|may|could) (probably |usually |then )?(retrain|fix|look|dig|follow up|check|raise|tell|restart|roll|patch|update|report|escalate|investigate|review|step in|deal with|sort|pull|take down|switch off|turn off|shut down|disable|revert|unplug|stop)\b|\b(a few|some|one or two|a couple|several|others)( [\w-]+){0,2} (might|may|could) still be\b|\b(might|may) [^.;]{0,40}\b(` + ifRelevant + `|` + ifPrompted + `|` + ifSerious + `|depending on (who|whoever|whether|what|how|if)\b)|,\s*(who|which)\s+(would|could|might)\b[^.;]*|\b(we|they|i|you|he|she|it)'d (already |just |never |previously |once |first )?(\w+ed|been|had|done|seen|made|taken|given|gone|known|found|lost)\b|\bthere (might|could) be\b|\b(might|may) [^.;]{0,60}\b(when|if) (he|she|they|someone|we|i) (has|have|gets?) (the |some )?time\b|\b(what|how|whether|who|which|where) (([\w-]+ ){0,3}(could|might|would)|([\w-]+ ){0,2}[\w-]+'d) (go wrong|happen|break|fail|cost|mean|affect|impact|harm|hurt|help|benefit|change|do|handle|respond|react|say|be (harmed|hurt|affected|impacted|misled|excluded|disadvantaged|better|improved|done better|worse))\b|\bwhoever\b[^.;]{0,30}\b(might|may|could)\b|\bso (that )?(we|they|i|you|he|she|it|people|staff|the \w+) (could|would|might) \w+|\b(would|'d) (probably |likely |maybe |just )?(say|like|love|guess|think|imagine|assume|hope|expect|suspect|bet|believe|rather|prefer|usually|normally|typically|generally|always|often|regularly)\b|\b(on|only|just) (one|a single) ([\w-]+ ){0,2}(who|that) could\b|\b(can't|cannot|couldn't) (promise|guarantee|swear) [^.;]{0,40}\bcould\b|\b(e[․.]g[․.]?|for example|for instance|such as)[^;]{0,60}\bwould\b|\b(determined|decided|judged|chose|worked out|assessed)\b[^.;]{0,40}\b(which|what|whether|how)\b[^.;]{0,40}\bcould\b`)
	// Everyone holding the keys is the control's absence, not a practice:
	// "everyone in IT is a domain admin", "we all share the root password",
	// "half the developers still have production admin", "everybody's a
	// local admin on their laptop", "everyone logs into the finance system
	// with the same shared username and password"; so is trusting
	// someone else to do it: "we trust the source systems" (or "that big
	// vendors know what they're doing"), "we assumed
	// it's looked after", "we figured that covers it" (beside a denial, "we assume the vendor …" is
	// what is done instead: see insteadOnly), files sent
	// "as … personal Dropbox links" (or "to partners as plain email
	// attachments, unencrypted"), and what is known leaving with whoever
	// knows it: "if the author leaves, the reasoning goes with them".
	// Copying production data into test (pulling, cloning, restoring it
	// there) is as much the control's absence as testing on a copy of it;
	// so are keys that "sit in a text file on the shared drive" and a
	// practice only one person has done: "she's the only one who's done
	// it". "Everybody gets access to everything", "logging is off on
	// most of our servers", a backup that exists "by accident", people
	// who "still have their old rights", "a request from any email is
	// enough", systems that "still take a plain username and password",
	// a router that "is all there is between us and the internet",
	// "anyone can email customer files to a personal address", "that's
	// the last we think about it", "staff can browse anything", "anything
	// can be installed", "the reasons leave with whoever made them",
	// "every folder … is open to every account" (not "most folders"),
	// what was done "before anyone thought to ask", laptops that go to
	// a charity shop "drives and all" (or to recycling "as they are"),
	// a guest wifi and office network that "are the same thing", "customers can use our model for
	// anything", "everyone in engineering can push to every
	// repository", "test data is a straight copy of live customer
	// records", "anyone who's logged in can open any file" (or "anyone
	// who gets past reception can walk into the server room", "everyone's
	// account can reach every system"), "HR files,
	// payroll and board papers are …, open to the whole staff" (said last:
	// "most folders are open to everyone" tells how far) and "once
	// you're on the network you can get to pretty much everything" are
	// absence too, as are suppliers "picked on price and that's where it
	// ends" (or "we picked our AI model vendor on price alone", "whoever
	// quotes cheapest and demos best gets the AI contract"; laptops that
	// "come from whichever online seller is cheapest", v355), "the guest
	// Wi-Fi and our finance servers share the same network" (or "the
	// whole office shares one wifi network with the servers", "the guest
	// Wi-Fi can reach our production servers"), "speed is
	// what counts", policies "written before we started with AI", "we only
	// find out we're out of disk space when something crashes", laptops
	// someone "takes to the tip" (or "puts the lot in the skip", after
	// they were "tossed in a drawer"), client records the disks "hold …
	// unencrypted", "if that disk dies, the books go with it", "a merge
	// to main is all it takes for a model to start serving customers",
	// staff who "log in … with a username and password only", what "is
	// taken on trust", files that
	// "can leave by any route", "shipping fast is all
	// that counts", "when the mains goes, everything goes", "if the
	// cloud region goes we're offline", "most internal traffic is plain
	// http", "people just use chatgpt for whatever", "the data
	// scientists grab what's available", "install any library or AI tool
	// they come across", "we've relied on the supplier's brochure", "staff
	// can email attachments anywhere", "our front door buzzes open for
	// anyone who presses the bell", "anyone logged in can see everything in
	// memory", "the lock was removed when the
	// dishwasher was installed", "every engineer has the domain admin
	// toolkit installed" and
	// "admin rights are the default on every laptop"; "anything
	// goes" is absence only where it ends its clause ("before anything goes
	// to production" is a gate). "Anyone from the shared building can
	// stroll in" is as open as "anyone who works here can walk in", and
	// kit left where anyone passes ("the main switch and the NAS sit on an
	// open shelf in the kitchen, … where visitors wait for coffee", "the
	// servers sit under a desk in the open-plan office, next to the
	// kettle") is unprotected, and so is data staff "see full card
	// numbers" of (a first reading of "unmasked fields" alone moved five
	// answers counting unmasked records found, so it was dropped).
	// A file server that "is on the floor under the receptionist's desk,
	// where the cleaners plug in the hoover" is as exposed (is or are,
	// up to four words before the place, cleaners and couriers among who
	// passes, v420).
	// Every device that "shares one network range" sits on one flat
	// network: no segregation (v404).
	// And "everybody we employ or contract holds full rights to every
	// project" restricts nothing (v407).
	// Kit placed "wherever there was space" was not sited at all, and
	// "each project does what it likes" is a free-for-all (v408).
	// Models "applied wherever someone finds them handy" have no set
	// place of use (v410). Each data scientist using "the libraries and
	// notebooks they're comfortable with" (familiar with, used to) is a
	// free-for-all, as each project doing what it likes is (one
	// alternative for both since v416, its subjects shared), and
	// "everything runs on one server" is a single point, said alone
	// (v412). Each team that "just ships what the product manager asks
	// for" (builds, does, delivers what someone asks, wants or says) sets
	// nothing of its own either (v418). "Each server keeps its own time"
	// (each device, machine or system keeps, has or uses its own clock,
	// settings or rules) sets no common one (v423).
	// "Every other test env is a straight copy of prod" has no test data
	// of its own (v436).
	// Said alone, as the answer to a question put back, "Whatever we can
	// find online" (whatever we get, come across) picks nothing, "Whoever
	// has a credit card" (a company card, a budget) decides as no one
	// does, and "Only if a customer complains, and then it's forgotten"
	// (dropped, ignored) is no practice; folders that "are open to all
	// staff" are as open without a comma before it (v445).
	// Risks that "are simply ignored" (get ignored), said as a whole
	// clause, are not handled at all (v452).
	// Staff who "use them however they like" set the use themselves, and
	// "each app has its own login" sets no common identity (v451; a
	// first reading of power and cooling that "are the landlord's
	// problem" as absence moved part 27's "The data centre is the cloud
	// provider's problem", labelled 1, to 0, so it was dropped).
	// People who "use the AI tools however they see fit" use them as they
	// please, the tools named in two words as in one (v469).
	overbroad = mustPattern(`(?i)\b(?:learned|learnt|heard|found out|finds out|learns|hears) (?:of|about) (?:it|them|this|that|each one|the [\w-]+) (?:only )?from (?:users|customers|staff|clients|the press|a customer|a user|complaints)\b|(?:^|,)\s*(?:and |but )?still un(?:checked|monitored|reviewed|tested|patched|encrypted|managed|assessed|verified|audited|scanned|tracked)\W*$|^\W*([\w'-]+\s+){1,6}(is|are|get|gets) (simply |just |largely |mostly |completely )?ignored\W*$|\b(use|uses|used|run|runs) (it|them|things|the ([\w-]+ )?[\w-]+) (however|whenever|wherever) (they|he|she|people) (like|likes|want|wants|please|pleases|see fit)\b|^\W*(whatever|anything) (we|they|people|he|she|staff|teams?|anyone|anybody) (can |could )?(find|finds|found|get|gets|got|get hold of|come across|comes across|came across)\b|^\W*(whoever|anyone who|anybody who) (has|holds?|happens to have|gets? hold of) (a |an |the )?(company |corporate |business )?(credit card|card|budget|expense account)\W*$|^\W*only (if|when|after) [^.;]{0,60}\band (then )?(it's|it is|it gets|they're|they are|they get|that's|gets) (forgotten|dropped|ignored|shelved|lost)\W*$|^\W*(each|every) (server|machine|device|system|laptop|host|router|switch|app|application|pc|computer)s? (keeps?|has|uses?|runs?|sets?) (its|their) own ([\w-]+ )?(time|clock|settings|config|configuration|rules|passwords?|logins?|accounts?|credentials|user lists?|sign-?ins?)\b|^\W*(each|every) ([\w-]+ ){0,2}(project|team|department|group|site|office|developer|engineer|data scientist|scientist|analyst|person|user|admin) (just )?((does|do|did) (what|whatever|as) (it|they|he|she) (likes?|wants?|pleases?|sees? fit|chooses?)|(does|do|did|ships?|shipped|builds?|built|delivers?|delivered|makes?|made) (what|whatever) (the|its|their|his|her|a|any) ([\w-]+ ){0,2}[\w-]+ (asks?|asked|wants?|wanted|says?|said|requests?|requested|demands?|demanded)( for)?|(uses|picks|chooses|installs|runs|keeps) (whatever|what|the ([\w-]+ ){1,4})(they're|they are|he's|she's|it's|it is) (comfortable with|used to|familiar with|happiest with))\W*$|^\W*(everything|all (of )?our (systems|services|data|apps|applications))( [\w-]+){0,2} (runs?|sits?|lives?|is|are) on (one|a single|just one|the one) (server|machine|box|computer|pc|vm|host)\b[^.;,]*$|\b(used|applied|deployed|run|put to work) wherever (someone|somebody|anyone|anybody|people|staff|they|he|she) (finds?|found|thinks?|thought) (it|them) (handy|useful|helpful|convenient|worthwhile)\b|\b(see|sees|saw|can see|view|views) (the )?(full|unmasked|unredacted) ([\w-]+ ){0,2}(card numbers?|numbers|data|details|records|fields|dates? of birth|passwords?)\b|\bwhoever ([\w-]+ )?(quotes?|bids?|charges?|costs?|prices?) (the )?(cheapest|lowest|least)\b|\b(servers?|switch(es)?|nas|routers?|firewalls?|racks?|disks?|drives?|hubs?|kit|equipment|hardware)( and (the |our )?([\w-]+ )?[\w-]+)? (sits?|sit|sat|is kept|are kept|stands?|stand|lives?|live|is|are) (on|under|in|beside|next to|by) (an? |the |our )?(open |shared |communal |public |open-plan )?([\w'-]+ ){0,4}(shelf|shelves|desk|desks|kitchen|corridor|hallway|sink|kettle|reception|office|stairs|toilet)\b[^.;]{0,80}\b(where (the )?(visitors|guests|customers|the public|anyone|everyone|staff|people|cleaners|couriers|contractors|delivery drivers)|next to the (kettle|sink|coffee|microwave|fridge|printer)|under the (sink|pipes|stairs))\b|\b(we|i) (just |simply |basically )?(assumed?|presumed?|took it|take it|figured|reckoned|supposed) (that )?(it|they|that|this|the [\w-]+|someone|somebody)(('s| is| are| was| were|'re) (being )?(looked after|taken care of|handled|covered|backed up|safe|fine|managed|sorted)| (covers?|covered|handles?|handled|takes care of|took care of|would cover|would handle) (it|that|this|us|everything))\b|\b(we|i) (just |simply |basically )?trust (that )?(the |our |their )?(\w+ ){0,2}(systems?|vendors?|providers?|suppliers?|sources?|partners?|cloud|defaults?|users|staff|people|teams?)(\s*$|\s*[.,;!?]|\s+(to|for|with|and|on|know|knows|have|has|do|does|handle|handles|are|is|will)\b)|\b(every(one|body)|every ` + staffRole + `|all (of )?(us|staff|users|employees|engineers|developers|devs)|we all|the whole (team|company|department)|(half|most|many|loads|lots)( of)? (the |our )?(office|company|staff|team|people|users|employees|engineers|developers|devs))( in [\w ]{1,25}?| here| on the team)?( (still |all |now )?(is|are|has|have|gets?|shares?|share|knows?|uses?|can use|logs? in as|logs? (in|on|into)( to)?( (the|our) [\w-]+( [\w-]+)?)? (with|using))|'s|'re) ((an?|the|full|local|global|domain|super|production|prod) )*(admin(s|istrators?)?( rights| access)?|root( access)?|superusers?|full (admin )?access|(the same|one|the one|a shared|the shared|the root|the admin) ([\w-]+ ){0,3}(password|login|account|credentials))\b|\b(one|a single|a|the same)( big| large| huge| giant)? flat ([\w-]+ )?(network|lan|vlan|subnet)\b|\b(files?|folders?|papers|documents|data|records|drives?|shares?|payroll|repositor(y|ies)|databases?)\b[^.;]{0,80}(,\s*|\b(are|is|stay|stays) )((all|wide) )?open to (every(one|body)|any(one|body)|all (staff|employees|users)|the whole (staff|company|firm|business|office|organi[sz]ation))\W*$|\b(network|lan) is (completely |totally |entirely |basically |just )?flat\b|\b(with|on|uses?|using|still (has|have|uses?|on)|kept|keeps?) (the |its |their )?((factory[- ])?default|(installer|vendor|supplier|manufacturer|contractor|isp|previous [\w-]+)'s) (\w+ )?` + credentials + `\b|\b(picks?|picked|chooses?|chose|hires?|hired|uses?|used|goes with|went with|buys? from|bought from|comes? from|came from) (whoever|whichever|whatever)( \w+){0,2} (is|was|'s|are|were) (cheapest|quickest|fastest|easiest|nearest|first|closest|available)\b|\b(scrapes?|scraped|collects?|collected|downloads?|downloaded|installs?|installed|appl(y|ies|ied)|pulls?|takes?|uses?|grabs?|copies|copy|buys?|bought|trains? on|signs? up for|signed up for|picks?|picked|adopts?|adopted) (whatever|any) ([\w-]+ ){0,4}(we|they|people|he|she|it|anyone|anybody|teams?|departments?) (can |could )?(find|finds|found|get|gets|got|get hold of|lay (our|their|his|her) hands on|likes?|wants?|fancies|pleases?|chooses?|come across|comes across|came across|stumble (on|across|upon)|stumbles (on|across|upon))\b|\b((buzzes|swings|springs|clicks) open|opens|unlocks|lets (them|people) in) (for|to) (anyone|anybody|everyone|everybody|whoever)\b|\b(the |its |their )?(locks?|door locks?|alarms?|cameras?|badge readers?) (was|were|has been|have been|got) (removed|taken off|taken out|disconnected|ripped out|disabled)\b|\b(any(one|body)|every(one|body)|staff|people|users|employees)( [\w-]+){0,2} can (email|send|copy|upload|share|forward|take|move|export|download|post) ([\w-]+ ){1,2}(anywhere|to anyone|wherever (they|he|she) (like|likes|want|wants))\b|\b(we|i|they)('ve| have)? (just |simply |always |only )?(relied|rely|relies|depended|depend) on (the |our |their |a )?(vendor|supplier|provider|manufacturer|maker|seller)('s|s')? (word|brochure|marketing|claims?|assurances?|datasheet|say-so|promises?|sales pitch)\b|^\W*(once|when|if) ([\w-]+ ){1,4}(starts?|begins?|kicks off|gets going|is started|gets started),? (it|they) (always )?(ships?|goes live|go live|launch(es)?|gets? (released|deployed|shipped))\b|\b(everything|everything's|all our ([\w-]+ )?(systems|devices|kit|machines))( is|'s)? on (one|a single|the same) (network|lan|vlan|subnet)\b|\b(it|they|that|the \w+) (was|were) (already |just )?(there|here) when (i|we) (joined|started|arrived|came)\b|\b(hears?|heard|finds? out|found out|learns?|learnt|learned) (about (it|them) )?(from|via|through) (the )?(customers|clients|users|news|press|social media) first\b|` + leftAsDelivered + `|\b(a |it's a |it is a )?(free-for-all|free for all|wild west)\b|\b((sits?|sat|is|are|was|were|stored|kept|held|lives?|goes|go|sent|travels?)( \w+)?|(holds?|keeps?|stores?)( [\w-]+){1,3}|(sent|emailed|transferred|uploaded)( [\w-]+){1,8},?) (unencrypted|in (the )?clear|in plain ?text)\b|\b(sits?|sat|stored|kept|held|lives?|saved|dumped|left)\b[^.;,]{0,40}\bas plain(-text)?( [\w-]+)? (dumps?|exports?|files?|text|backups?|copies)\b|\b(is|are|'s|goes|go|runs?|travels?|sent|served) (still |mostly |all |just )?(over |via |in |on |as )?(plain |unencrypted |clear-?text )?(http|ftp|telnet)\b|(\b(all|both)|[\w-]+ and (the |our |their )?([\w-]+ ){0,2}[\w-]+) (sit|sits|are|live|run|share)( on)? (one|a single|the same) (flat )?(network|lan|vlan|subnet|wi-?fi|segment)\b|\b(network|lan|vlan|subnet|wi-?fi|segment) and (the |our |their )?([\w-]+ ){0,2}(network|lan|vlan|subnet|wi-?fi|segment) (are|is) (the same|one and the same|one)( thing| network| wi-?fi)?\b|\b(hires?|hired|takes?|took|staffs? (it|them) with|staffed (it|them) with) (whoever|whichever|whatever)( \w+)?('s| is| was| are| were) (available|free|around|to hand)\b|\b(copy|copies|copied|copying|pull|pulls|pulled|load|loads|loaded|clone|clones|cloned|dump|dumps|dumped|restore|restores|restored) (the |our )?((live|production|prod|real|customer|unmasked) )+(data|database|db|records|tables)( \w+)? (into|to|onto|in|over to) (the |our )?(test|testing|dev|development|staging|qa|uat|non-production|non-prod|sandbox)\b|\b(test|tests|tested|testing|develop|develops|developing|debug|debugs|debugging|work|works|working|worked)( \w+)? (against|on|with|in|using) (a |an |the )?(` + copyOfLive + `|(unmasked|unredacted|unanonymi[sz]ed|raw|full) (copy|copies|clone|dump|snapshot)s? of (the |our )?(\w+ )?(database|db|data|records|dataset)\b)|^\W*(it|they|that|this)('s| was| were| got| has been| have been) (set up|written|built|put in place|configured|created|done|drawn up) once and (then )?(left|forgotten|abandoned)( (alone|there|at that))?\W*$|^\W*(it's|it is|that's|that is|(cyber)?security is|risk is)( just| seen as| treated as)? (it's|the it team's|engineering's|someone else's|somebody else's|legal's|the vendor's|another team's) (problem|issue|job|thing|concern)\b|^\W*(once|when|after) (they|it|something|that|an? [\w-]+|the [\w-]+) (ships?|goes live|go live|launch(es)?|(is|are) (live|deployed|released|shipped|out)),? (that's|that is|it's|it is) the end of (it|that|our [\w-]+|the (matter|story))\W*$|^\W*once (they|it|something|that|a [\w-]+|the [\w-]+)('s|'re| is| are| have been| has been| get| gets) ([\w-]+)( (up|in|on board|out|off))?,? (that's (it|that)|that is (it|that)|we're done|we are done|we forget (about )?(it|them|the \w+))\W*$|\b(is|are|was|were|gets?|got) (just |simply |basically )?left (alone|to (itself|themselves|their own devices))\b|\b(still|all) (have|has|hold|holds|keep|keeps|kept|carry|carries) (on )?(to )?(their|his|her|the) (old|previous|former|original) (rights|access|permissions|privileges|accounts|roles|logins)\b|\b(is|are|'s|'re) (switched |turned |left )?(off|disabled) (on|for|across|in) (most|all|many|half|nearly all|almost all)( of)? (the |our )?[\w-]+\b|\b(is|are|'s|'re) (all )?fair game\b|\banything goes( here| really| basically)?\W*$|\b(is|are|'s) ((all|the only thing) (that )?(counts|matters|anyone cares about|we care about|people care about|gets measured)\b|what (really )?(counts|matters)\W*$)|\bcan (leave|go out|get out|be sent( out)?|be copied( out)?|be taken( out)?|be moved|travel|go) (by|through|via|over) any (route|way|channel|means|method|path)\b|\b(any(one|body)|every(one|body)) in the (whole )?(company|organi[sz]ation|business|firm|office) can\b|\b(signs?|signed|uses?|used|accepts?|accepted) ((the |their )?(vendor|supplier|provider)('s|s')|their) (paper|paperwork|terms|standard terms|contracts?|templates?)\b|\b(any(one|body)|every(one|body))( (with|who has|who have|who's got) ([\w-]+ ){0,2}(access|a login|an account|a laptop|the link|permissions?)| logged (in|on))? can (plug|connect|install|access|log ?in|see|read|edit|change|download|deploy|push|share|use|copy|move|send|upload|export|take|delete|print|email|forward) (in )?(anything|any|everything|whatever)\b|\b(whatever|any old) (wi-?fi|network|device|laptop|usb)\b|\b(whatever|any old) ([\w-]+ ){0,2}(sites?|services?|apps?|tools?|websites?|accounts?|drives?|platforms?) (is |are |happens to be )?(handy|around|available|easiest|convenient|to hand)\b|\b(any(one|body)|every(one|body))('s [\w-]+)? can (reach|access|get (in)?to|get at|open|see|use) (every|any|all)\b|\b(any(one|body)|every(one|body))( (who|that)( [\w'-]+){1,6}| (from|in|at|on|off)( [\w'-]+){1,4})? can (just )?(walk|wander|come|stroll) (in|into|through)\b|\b(any(one|body)|every(one|body)|all (staff|users|employees|new starters|starters|joiners))( new)? (gets?|has|have|is given|are given|receives?|receive) (full |admin |complete |unrestricted )?access to (everything|all (the |our )?(systems|data|files|folders|apps|drives|shares))\b|\b` + anyStaff + `((, [\w-]+)*,? (and|or) [\w-]+)? (has|have|gets?|get|is given|are given) ((full|write|edit|admin|unrestricted|read-write|read and write) )+access to (all|every|everything|any)\b|\b` + anyStaff + ` can ((\w+ ){1,2}(the |our )?(admin|root|privileged|production|prod)\b|((read|view|see|open|access|use) and )?(push|write|commit|merge|deploy|edit|change|delete|install|modify|approve|release) (\w+ )?(to |into |on |in )?(every|any|all)\b|(change|edit|modify|delete|disable|turn off|switch off|override|reconfigure) (the |our |any )?([\w-]+ ){0,2}(settings|configs?|configurations?|rules|policies|permissions)\b|(\w+ ){1,4}(to|into|on|in) (the )?(production|prod|live|main|master|trunk)\b|(retrain|deploy|release|push|publish|ship|change|edit|modify|delete|update|override|disable|turn off|switch off) [^.;]{0,40}\b(whenever|however|wherever) (they|he|she|you) (like|likes|want|wants|wish|wishes|please|pleases|choose|chooses|fancy|fancies)\b|(export|download|copy|dump|pull|take) (the |our )?(full|entire|whole|complete) ([\w-]+ ){0,2}(database|dataset|data set|data|list|records|crm|repository|repo|backups?)\b|(\w+ ){0,2}(plug|paste|put|upload|feed|copy|send|enter|type) ([\w-]+ ){0,3}(data|information|documents|code|files|records|logs|emails|contracts) (into|to|in) (any |public |free |consumer |personal |external )+([\w-]+ )?(chatbots?|ai|llms?|chatgpt|gpt|(ai |online )?(tools?|services?|sites?|websites?|apps?))\b|(open|see|read|view|access|edit|download) (the |our |all (the |our )?)?(payroll|salary|salaries|hr|personnel|customer|client|patient|financial|finance|personal|medical|health|bank(ing)?|card(holder)?) ([\w-]+ )?(folders?|files?|data|records|databases?|db|shares?|drives?|details|spreadsheets?|system|mailbox(es)?)\b|(open|see|read|view|access|edit) (every|any (files?|folders?|documents?|records?|shares?|drives?|mailbox(es)?)|all (of )?(the |our )?(files|data|documents|folders|records))\b|(email|send|forward|copy|upload|take) [^.;]{0,40}\b(to|into|onto|home on) (their|his|her) (own |personal |private |home )+([\w-]+ )?(accounts?|e-?mail|gmail|dropbox|drives?|laptops?|devices?|phones?)\b|(accept|approve|sign off|waive|override|deploy|release|launch) [^.;]{0,40}\b(on (their|his|her) own|by themselves|alone|single-handed(ly)?|unilaterally)\b)|\b(the same|one|a single|a shared|the shared|one shared) ([\w-]+ ){0,2}(account|login|password|credentials?) (is|are|gets?) (shared|used) (by|across|among|between) (the whole|the entire|all|every(one|body)?)\b|\bshared (admin )?(logins?|passwords?|credentials|accounts?) (are|is) (used|in use)\b|\b(doors?|gates?)('s| is| are)? (always |usually |often |just |left )?(open|unlocked|propped open)\b|\b(local )?(admin|administrator|root|full|superuser) (rights|access|privileges) (are|is) (the )?default (on|for) (every|all|each|any)\b|\b(is|are) (just |simply |basically )?(whatever|wherever)( (the )?(\w+ )?(installer|vendor|default|defaults|supplier|provider|previous \w+|contractor) (left|set|chose|picked|shipped|came with|had|gave us|keeps?|puts?|stores?)|('s| is| happens to be) (lying )?(in|on|at|around))\b|\b(` + staffWho + `) (can )?((pip|npm|just|simply|freely) )?(installs?|uses?|downloads?|buys?|connects?|shares?|runs?|signs? up for|emails?|sends?|copies|copy|uploads?|moves?|pastes?|puts?|types?|feeds?|enters?)( in| into [\w-]+)? (what(ever)?|anything|any) (\w+ ){0,3}(they|he|she) (want|like|need)s?\b|\bwhatever (people|staff|users|they|engineers|devs|developers|anyone|everyone) (have|has|had|use|uses|used|want|wants|wanted|like|likes|bring|brings|find|finds)\b|\b(can|may|(is|are) (free|allowed|able) to) (\w+ ){1,5}(for|at|on) (anything|whatever|any( [\w-]+){1,2}) (they|he|she|you) (like|want|wish|please|choose|fancy)\b|\b(use|uses|used) (them|it|those|these|the [\w-]+|[\w-]+) for (whatever|anything)( (they|he|she|you|people) (like|likes|want|wants|need|needs|fancy|fancies)| (comes?|came|crops?|cropped) up)?\W*$|\b(we're|we are|we'd be|we would be|we'll be|we will be|we're just|we are just) (\w+ )?(stuck|screwed|toast|sunk|in trouble|done for|out of luck|dead in the water|on our own)\b|\b(passwords?|credentials|secrets|(\w+ )?keys|tokens|logins?)( for( [\w-]+){1,4})? (are |is )?((shared|kept|stored|written|pasted|posted|sent|sit|sits|sat|live|lives) )?(\w+ ){0,2}(in|on|over|via|by) (a |an |the |our )?([\w-]+ )?(spreadsheet|doc|document|(plain[- ]?)?text files?|txt files?|notes files?|plain ?text|notepad|sticky notes?|post-its?|whiteboard|email|slack|chat|wiki|channel|drive)\b|\b(go|goes|went|gone|sent|sends?|shared|shares?|forwarded|forwards?|emailed|emails?|copied|copies|moved|moves)\b[^.;,]{0,40}?\b(as|via|over|through|by|using|to|from|with) [^.;,]{0,40}?\b(own|personal|private|home) (gmail|hotmail|yahoo|outlook\.com|e-?mail|mail|dropbox|whatsapp|google drive|onedrive|wetransfer|accounts?)( links?| accounts?| folders?)?\b|\b(we|they|[\w-]+) only (find|finds|found) out ([\w'-]+ ){1,6}(after|when|once) (something|it|things|anything|the [\w-]+) (crashes|breaks|fails|goes down|stops|dies|runs out|falls over)\b|\b(we|they|[\w-]+) (only )?(find|finds|found) (that |this |it )?out (about (it|them|problems|issues) )?(after|when|once|later|too late|during|in the middle of|the hard way)\b|\b(the same|one and the same) (person|people|user|account|engineer|developer|admin|individual) [^.;]{0,40}\b(and|&) (approves?|pays?|signs? off|checks?|reviews?|releases?|deploys?|authori[sz]es?)\b|\b(on|in) (one|a single|the same|a|the) (big |shared |common |open )*(drive|folder|share|file share|bucket|sharepoint( site)?)\b[^.;]{0,20}\b(every(one|body)|any(one|body)|all staff|the whole (company|team|office)) can (open|see|read|view|access|edit|get (into|at))\b|\b(throws?|threw|deletes?|deleted|discards?|discarded|drops?|dropped|bins?|binned) (its|their|the|all( the)?|our) ([\w-]+ ){0,2}(data|logs?|records?|requests?|inputs?|outputs?) (away )?(as soon as|once|the moment|straight after|right after|immediately after)\b|\b(` + staffWho + `) (share|swap|reuse|pass around) (their |our |the |each other's )?(logins?|passwords?|accounts?|credentials)\b|\b(given|handed|granted|issued|dished) (out )?to (any(one|body)|every(one|body)|whoever)( (who|that))? (asks?|wants?|requests?)\b|\b(keeps?|kept|takes?|took|holds? on to|hangs? on to|walks? off with|walked off with) (whatever|anything) (\w+ ){0,2}(they|he|she|people|staff) (have|has|had|want|wants|like|likes|were given|was given|got|get|gets|received|ended up with)\b|\b(every(one|body|thing)|all (staff|users|devices))(('s| is| are) on| shares?) (one|the same|a single|a shared) (flat )?(network|wi-?fi|vlan|subnet|password|login|account)\b|\b(sign|signs|signed|accept|accepts|accepted|agree to|agrees to|agreed to|use|uses|used) (whatever|any) (\w+ ){0,2}(they|the (vendor|supplier|provider)s?|vendors|suppliers|providers) (send|sends|sent|give|gives|gave|offer|offers|offered|provide|provides|provided)\b|\b(` + staffWho + `|all staff) can (\w+ ){1,2}((from|on|with|using) (anywhere|any ([\w-]+ )?(device|laptop|machine|network|wi-?fi|phone|computer)) ?){1,2}\W*$|(\b(it's|it is|they're|they are|that's|that is) all|\b(everything|all of it)('s| is)) (just |simply |basically )?(the same|(\w+ )?(data|files|stuff|information|documents))\W*$|\b((people|staff|users|employees|every(one|body)|any(one|body)|all staff)|(once|when|if) you're (on|in|inside|connected to) (the |our )?([\w-]+ ){0,2}[\w-]+,? you) can (just )?\w+ (\w+ )?((pretty much|just about|almost|nearly|basically) )?(anything|everything)\W*$|\b(one|a single|the same|only one) (person|admin|administrator|engineer|developer|individual|guy|user|account) (does|do|handles?|runs?|controls?) (it all|everything|all of it)\b|\b((go|goes|went|gone|thrown|tossed|dumped|binned|put) (out )?(in|into|in with|out with) (the )?(skip|bin|bins|trash|rubbish|dumpster|general waste)|(tossed|thrown|dumped|shoved|stuffed|chucked) (in|into) (a|an|the) ([\w-]+ )?(drawer|box|cupboard|cabinet|corner)s?|\b(is|are|was|were|gets?|got) (simply |just )?(taken|accepted) (on trust|at face value|as gospel)\b|(puts?|throws?|tosses?|dumps?|tips?) (them|it|the lot|everything|all of (it|them)|the [\w-]+)( [\w-]+)? (in|into) (the )?(skip|bin|bins|trash|rubbish|dumpster|general waste)|(takes?|took|taken|drives?|drove|carr(y|ies|ied)) (them|it|the [\w-]+|everything)( [\w-]+)? to the (tip|dump|skip|landfill))\b|\b(piles?|piled|piling|stacks?|stacked|stacking) up\b[^.;]{0,20}\b(in|on|under|behind|at) (a|an|the|our|some) ([\w-]+ ){0,2}(box(es)?|cupboards?|corners?|drawers?|shelf|shelves|storerooms?|basements?|cabinets?|desks?|floor|room)\b|\b(gathers?|gathering|gathered|collects?|collecting) dust\b|\bstill (mentions?|refers? to|talks about|lists?|names?) ([\w-]+ ){0,2}(fax|floppy|floppies|xp|blackberr\w*|pagers?|dial-?up|people who (have )?left|staff who (have )?left)|\b(cupboards?|rooms?|cabinets?|racks?|safes?|lockers?|doors?|gates?)\b[^.;]{0,40}\b(is|are|'s|left|stays?)\b[^.;]{0,30}\bunlocked\b|\b(comes?|is taken|gets taken|is paid|gets paid) (out of|from) [^.;]{0,30}\bif there('s| is) (anything|any (money|budget)|something) left\b|\bbecause (our )?(competitors|rivals|everyone else|other (firms|companies|banks)|the competition) (had|have|did|were doing|are doing|was doing) (them|it|one|so)\b|\b(written|created|drawn up|published|last updated) (long )?before (the |our |any |we )?([\w-]+ ){0,3}((was|were) (added|introduced|built|launched|deployed|bought|adopted)|(added|introduced|built|launched|deployed|bought|adopted|started|began|got into))\b|` + shipsWhenFine + `|\b(vendor|supplier|provider|manufacturer)('s|s')? ([\w-]+ ){0,3}(is|are) all (we've got|we have|we've had|there is)\b|\b(see|sees|saw|treat|treats|treated|regard|regards) (it|this|that|ai risk|security|risk) as (an? )?(engineering|it|tech(nical)?|someone else's|somebody else's|legal's|another team's|the vendor's) (problem|issue|job|thing|concern)\b|\b(copy|copies|copied|pull|pulls|pulled|dump|dumps|dumped|download|downloads|downloaded|take|takes|took) (the |a |our )?(full |whole |entire )?(production|prod|live|real) ([\w-]+ )?(database|data|db|dataset|records)\b[^.;]{0,20}\b(to|onto|on) (their|his|her) (own |personal )?(laptops?|machines?|pcs?|desktops?|devices?)\b|\b(we|i) (just |simply |basically )?(trust|take|accept|go with|rely on) (the |our |their )?(vendor|supplier|provider)('s|s') (numbers|figures|results|word|claims|benchmarks|testing|tests)\b|\bas (buying|ordering|purchasing) (a |an |the )?(stapler|staplers|stationery|pens?|coffee|office supplies|paper ?clips|printer paper|toner)\b|\b(the same way|just like|like) (we|they|you) (buy|order|treat|handle|purchase|get) (stationery|office supplies|coffee|paper ?clips|pens|anything else|everything else)\b|\bonly (tracks?|looks? at|checks?|cares? about|considers?|compares?) (the )?(spend|cost|costs|price|prices|budget|money)\b|\b(picks?|picked|chooses?|chose|chosen|selects?|selected|hires?|hired|buys?|bought|judges?|judged|vets?|vetted|compares?|compared|evaluates?|evaluated)( [\w-]+){0,4} (on|by) (price|cost)( alone| only)?( and that's (where it ends|where it stops|it|all)| and nothing else)?\W*$|\b(just|simply) (keeps?|kept|stays?|stayed|sits?|sat|carr(y|ies|ied) on) (running|going|live|on|there|in place|off to (one|the) side|apart|in isolation)\b|\b(` + staffWho + `) (just|simply) knows? (what|where|who|which|how)\b|\b(doors?|gates?) (just|simply) (opens?|swings? open)\b|\b(every(thing|one)|all (our |the )?(data|files|documents|information))('s)? (sits?|is|are|lives?|goes|go|kept|stored)? ?(in|on) (one|the same|a single|a shared) ([\w-]+ ){0,2}(sharepoint|drive|folder|share|bucket|site|server)s?\b[^.;]{0,20}\bwith the same (permissions|access)\b|\b(we|i) (just|simply|basically) trust (them|it|him|her)(\s*$|\s*[.,;!?]|\s+(to|for|with|and|on)\b)|\b(they|vendors?|suppliers?|contractors?|providers?|(the |our )?msps?|third parties|partners?) (have|has|get|gets|got) (full|unrestricted|complete|unlimited|blanket) ([\w-]+ )?access\b|\b(we|they) (just )?(use|run|keep|have) whatever (the )?(\w+ )?(isp|installer|vendor|default|supplier|provider|contractor|previous \w+) (set up|left|set|chose|picked|shipped|gave us|configured)\b|\bwhatever (they|he|she) (knew|know|knows) (goes|go|went|leaves|left|walks out|walked out) with (them|him|her)\b|\b(the )?(reasons?|reasoning|knowledge|know-how|context|rationale|history) (\w+ )?(leaves?|left|goes|go|went|walks? out|walked out|disappears?) with (whoever|the (person|people|engineer|scientist|developer|author)s?\b|them|him|her)\b|\b(staff|people|users|everyone|everybody|anyone|anybody|employees) can (browse|visit|access|open|reach|install|download|run) (anything|everything|any (site|website|page|app|software)|whatever (they|he|she) (like|likes|want|wants))\b|\b(anything|everything|any (software|app|program|device|file|site|website)) can be (installed|downloaded|run|opened|plugged in|connected|browsed|visited)\b|\b(every|all( (of )?(the|our))?|the|our)( [\w-]+)? (folders?|files?|shares?|drives?|data|databases?|buckets?|repos?|repositories|records|documents|dashboards?|ports?) ([\w-]+ ){0,5}(is|are|sits?|stays?|left) ` + openToAll + `|\bbefore (anyone|anybody|someone|we|they|the [\w-]+) (thought|knew|had thought|got round) to (ask|check|look|question|record|document|track|write)\b|\b(go|goes|went|gone|sold|given|donated|handed|passed|sent|thrown|binned|dumped)\b[^.;]{0,60}(\b(drives?|disks?|data|hard drives?|storage)( and all| included| intact| still in)| as (they|it) (are|is|were|was|stand|stands))\b|\b(customers|clients|users|anyone|anybody|people|staff) can use (it|them|(our|the) ([\w-]+ ){0,2}[\w-]+) (for|on) (anything|everything|whatever)\b|\buntil ` + quietSpell + `|\b(it|they|the [\w-]+( [\w-]+)?) (just )?(runs?|operates?|goes) (entirely |completely |fully )?(unattended|unsupervised|unmonitored|unchecked)\b|^\W*(it's|it is|they're|they are|that's|that is|it was|they were|it all|all of it|everything)( all| just|'s| is)? (been )?(lost|buried) (in|among|somewhere|across|under)\b|^\W*if (the|our|that|this|an?|one|someone|somebody) ?([\w-]+ ){0,2}(leaves|quits|goes|moves on|is hit by a bus),? (then )?(the |their |his |her |all (the |that |their )?)?([\w-]+ ){0,2}(goes|go|leaves|walks out|disappears|is lost|are lost|gets lost) (with (them|him|her)|too)\W*$|\bwhatever (their|his|her|the) (predecessor|previous (person|holder|owner|employee)|last (person|holder|owner)) (had|has|used)\b|\b(people|person|engineers?|developers?|staff|ones?) who (built|wrote|designed|set up|knew|assembled|collected|gathered|curated|labelled|labeled|made|created|trained) (it|them|the \w+) (have|has) (mostly |all |since |long )?(left|gone|moved on)\b|\b(they|it|the (\w+ )?(models?|systems?|jobs?|scripts?)) (just )?run (entirely )?on (their|its) own\b|\b(it|they|the \w+) (just )?(runs?|keeps? running|carr(y|ies) on) until (something|it|anything) (breaks|fails|goes wrong|dies)\b|\b(they|vendors?|suppliers?|contractors?|providers?|(the |our )?msps?|third parties|partners?) (have|has|hold|holds|get|gets|got|keep|keeps) (the |all the |all our |our )?(admin|root|master|domain admin) (passwords?|credentials|keys|accounts?)\b|\b(folders?|drives?|shares?|data|records|databases?|buckets?|repos|repositories|network|servers?|mailbox(es)?) (is |are )?(\w+ )?(open|visible|readable|accessible|editable|writable) to the (whole|entire) (company|organi[sz]ation|office|business|firm|staff)\b|\b(we|they) (only )?(hear|heard|learn|learned|learnt|read) (about|of) [^.;]{0,30}\bwhen (it's|they're|it is|they are) (on|in) the (news|papers|press)\b|\b((on|to|in|uses?|shares?) the same (\w+ )?(network|wi-?fi|vlan|subnet|lan|database|environment|tenant|cluster) as|(shares?|shared|sharing) (the same|one|a single) (\w+ )?(network|wi-?fi|vlan|subnet|lan)( network)? with)\b|\b(always (been|gone)|goes|go|went|sits?|sat|ends? up|put|placed) wherever (there('s| is| was) (space|room)|it fits|it fitted|they fit|they fitted)\b|\b(everybody|everyone|every (employee|developer|engineer|contractor|user)|all (staff|employees|developers|engineers|contractors|users))\b[^.;]{0,40}\b(holds?|has|have|gets?|got) (full|admin|write|read and write|unrestricted|complete) ([\w-]+ )?(rights|access|permissions|control) (to|on|over) (every|all|each|any)\b|\b(every|all|each) ([\w-]+ ){0,2}(devices?|machines?|systems?|computers?|servers?|pcs)\b[^.;]{0,80}\b(shares?|sits? on|is on|are on|uses?) (the same|one|a single) (flat )?(network|wi-?fi|vlan|subnet|lan)( range)?\b|\b(guests|visitors|contractors|staff|employees|everyone)( and (guests|visitors|staff|employees|contractors))? (all )?(share|use|are on) the same (\w+ )?(network|wi-?fi|vlan|subnet|lan)\b|\b(the |our )?(guest|visitors?'?|public|open)( [\w-]+)? (wi-?fi|network|lan|vlan|subnet|devices?|laptops?|phones?) can (reach|see|get to|talk to|access|connect to|ping) (our |the |all |every )?([\w-]+ )?(production|prod|live|internal|core|payments?|databases?|finance|servers?|systems?)\b|\b(network|wi-?fi|lan|office|building|server room|port|ports)( is| are)? (wide )?open to (anything|anyone|anybody|any device|every(one|body))\b|\b((pull|pulls|take|takes|use|uses|grab|grabs|copy|copies) (whatever|what)('s| is) (in|on|available|lying around|to hand)|whatever('s| is) (in|on|available|lying around|to hand)\b[^.;]{0,30}\b(gets?|is|are) (used|taken|pulled in|fed in|thrown in|trained on))\b|\bif\b[^.;,]{0,60}\b(goes|go|went|fails?|dies|is down|goes down|disappears|is lost)\b,? (then )?(we're|we are|we'd be|we'll be|we will be|everything('s| is)|it's all|it is all) (down|offline|dead|stuck|dark|out)\W*$|\bif\b[^.;]{0,60}\b(we're|we are|we'd be|we'll be|we will be|everything('s| is)|it's|it is) (down|offline|dead|stuck|dark) (until|till) (it|they|the (\w+ )?(power|site|server|provider|vendor|line|link|network|data ?cent(re|er)|supplier|system|internet)|power|someone|somebody|we) (comes? back|is back|are back|gets? (\w+ )?(back|fixed|restored|repaired)|returns?)\b|\bif\b[^.;]{0,60}\b(down|fails?|dies|breaks|crashes)\b[^.;]{0,30}\b(everything|it all|all of it|the whole \w+) (stops|halts|grinds to a halt|goes down|dies|falls over|breaks|is down|is lost)\b|\b(if|when|whenever)\b[^.;]{0,60}\b(goes|go|went|cuts? out|trips?|dies|fails|breaks|crashes|is lost)\W+((everything|it all|all of it|the whole \w+) (goes|go|went)( (down|off|dark|out|with it))?|(the|our|all the|all our) [\w-]+ (goes|go|went) (down )?with (it|them))\W*$|^\W*(a|an|one|the|just a|a single) ([\w-]+ ){0,3}(is|was) all it takes (for|to)\b|\b(sign(s|ed)? up for|subscribe(s|d)? to|buys?|bought|purchase[sd]?) [^.;]{0,60}\b(whenever|however|wherever) (they|he|she|you) (like|likes|want|wants|wish|wishes|please|pleases|choose|chooses|fancy|fancies)\b|\b(finds?|found) out (about (it|them) )?(from|through|via|in) (the )?(expense (reports?|claims?)|invoices?|bills?|(credit )?card statements?)\b|\bby (whoever|anyone|anybody) (who )?(has|holds|knows) the (admin|root|master|shared)( [\w-]+)? (password|login|credentials)\b|\b(staff|people|users|employees|everyone|everybody|anyone|anybody) can (go|browse|surf|visit|get to|reach)( to| on)? (anywhere|any (site|website|web ?page|page)s?)\b|\b(pulled|taken|collected|scraped|downloaded|copied|grabbed|sourced|gathered) from (anywhere|wherever|any (place|source|site)) ([\w-]+ ){0,3}(can|could) (reach|find|get (to|at)|access)\b|\bthe (code|source( code)?|repo|notebooks?) (is|are) the (only )?(documentation|docs|design|spec|specification)\b|\b(we've|we have|we) (just |simply |only )?(been|got|gotten) lucky\b|\b(log|logs|logged|sign|signs|signed) (in|on)\b[^.;,]{0,60}? with (a |an )?(username and password|username/password|password) (only|alone)\b|\b(still )?(take|takes|use|uses|accept|accepts|rely on|relies on|allow|allows) (a |just a |only a )?(plain|simple|bare|single) (username and password|username/password|password|login)\b|\b([\w-]+ )?(requests?|emails?|messages?|calls?|asks?|words?|approvals?|tickets?) (from|by) (any|anyone|anybody|whoever)\b[^.;]{0,20}\b(is|are) (all it takes|enough|sufficient)\b|\b(that's|that is|it's|it is|it was|that was) (purely |only |just |entirely |more )?(by accident|by chance|accidental|a happy accident)\b|\b(he|she|they|[\w-]+)('s| is| are|'re) the only (one|person|people) (who|that)('s | has | have | ever | )(done|knows?|remembers?|understands?|knew) (it|how|that|this|where|the steps)\b|^\W*once (something|it|that|a [\w-]+)('s| is) (done|finished|shipped|live|out),? (it's|it is|that's|that is) (done|finished|it)\W*$|^\W*if (it|they|that|this|the [\w-]+( [\w-]+)?) (dies|die|breaks|break|fails|fail|crashes|crash|goes|go|goes down|go down|is lost|are lost|gets lost|get lost),? (then )?(it|they|that|this) (dies|die|breaks|break|fails|fail|crashes|crash|goes|go|goes down|go down|is lost|are lost|gets lost|get lost)\W*$|\b(is|are|'s) (all|the only thing) (there is |that (stands|sits|is) |we have |we've got )?between (us|them|it|you|the [\w-]+|our [\w-]+) and (the )?(internet|outside( world)?|world|public)\b|\b(anyone|anybody|everyone|everybody|any (user|employee|member of staff)) can (\w+ ){0,2}(email|send|copy|download|upload|forward|take|move|share)\b[^.;]{0,40}\b(personal|private|home|their own)\b|\b(that's|that is|that was) the last (we|anyone|anybody|they|i) (think|thinks|thought|hear|hears|heard|see|sees|saw|look|looks|looked|check|checks|checked)( about| of| at| on)? (it|them|that)\b|\b(test|testing|dev|development|staging|qa|uat) (data|databases?|environments?|systems?|servers?)( is| are|'s)( just| simply| basically)? (a |an )?` + copyOfLive + `|` + singleEnvironment + `|\b(test|testing|dev|development|staging|qa|uat|non-prod|non-production)( [\w-]+)? (envs?|environments?|databases?|dbs?|data|systems?) (is|are) (a |an )?` + copyOfLive + ``)
	// readApart is what overbroad does not read. What is done "every time
	// they copy production data to test" is done on that occasion: the
	// occasion is not what the answer says is done. What was learned that
	// prompted a change ("after one incident we learned customers heard
	// about it from the press first, so we pre-drafted notices") tells why
	// the practice changed, not how it stands, and so does a trouble found
	// and acted on ("breaches were mainly staff forwarding work email to
	// personal accounts, so automatic forwarding … is now blocked").
	// A door "never left propped open" is kept shut (neverLeft, v410).
	// Doors left open that are reported, tracked or counted ("facilities
	// reports badge denials and doors left open monthly") are what is
	// counted, not doors left open (v445); so are "the number of doors
	// propped open and rooms left unlocked" a sweep report gives (v496),
	// and so are "rooms left unlocked" a weekly walk is "logging"
	// (recording, v512).
	// What a check "kept flagging" (catching, reporting, turning up:
	// "unencrypted volumes") is what it found, not data kept unencrypted
	// (v509).
	readApart = mustPattern(`(?i)` + neverLeft + `|\b(?:kept|keeps|keep) (?:flagging|catching|detecting|reporting|listing|turning up|picking up)\b[^.;,]{0,60}|\b(?:wipes?|wiped|wiping|erases?|erased|shreds?|shredded|destroys?|destroyed|sanitis\w*|sanitiz\w*|degauss\w*) (?:[\w-]+ ){0,4}(?:before|prior to) (?:[\w-]+ ){0,3}(?:goes|go|went|gone|(?:is|are|gets?|get) (?:thrown|put|binned|dumped|tossed))(?: out)? (?:in|into|in with|out with) (?:the )?(?:skip|bin|bins|trash|rubbish|dumpster|general waste)\b|\b(reports?|reported|reporting|tracks?|tracked|tracking|counts?|counted|counting|logs?|logged|logging|records?|recorded|recording|monitors?|monitored|alerts? on|alerted on|(number|count|tally|share|percentage|proportion) of)\b[^.;]{0,60}\b(doors?|gates?|rooms?|cupboards?|cabinets?|lockers?|safes?) (left |propped |held )?(open|unlocked|propped open|held open)\b|\b(every|each) time (they|we|you|someone|somebody|anyone|people|the [\w-]+( [\w-]+)?) [^.;,]*|\b(learned|learnt|found out|realised|realized|discovered) (that )?[^.;]{0,100},? so ` + soWho + `\b|` + troubleActedOn)
	// "It's mostly understood that …", "I couldn't swear …" and "is
	// loosely seen as responsible" hedge what they say, and so do "…,
	// so the schedule may now reboot servers" and "we hear about it on
	// the news, if at all". So does a claim the owner tags as "(hearsay)"
	// ("(unconfirmed)", "(not verified)", "(can't confirm)", "(hearsay,
	// never seen one)"): they say they do not know it (v525).
	hedged = mustPattern(`(?i)\((?:[^()]{0,30}?\b)?(?:hearsay|unconfirmed|unverified|not (?:verified|confirmed|checked|seen)|(?:can't|cannot|couldn't) confirm|never seen (?:one|it|them)|no report seen)\b[^()]{0,40}\)|\(\?\)|\b(` + neverSeenFiled + `|there (might|may|could) be|may now|if at all|supposedly|allegedly|apparently|in principle|theoretically|pretty sure|fairly sure|i reckon|afaik|iirc|i think|i believe|i guess|not (100% |entirely |totally |completely |quite )?(certain|positive)|` + cannotSayWhich + `|(we|i|they) (just |always |simply )?(assumed?|presumed?) (that )?(the |our |their )?[\w-]+( [\w-]+)? (does|do|did|has|have|had|handles?|handled|takes? care of|took care of|covers?|covered|looks? after|looked after)\b|probably|maybe|perhaps|not sure|should (follow|be|happen)|supposed to|meant to|in theory|on paper|nominally|as far as i know|hopefully|would|i suppose|i assume|i'd say|(i|we)'d (assume|presume)|kind of|sort of|kinda|sorta|(i|we)('ve)? (haven't|have not|didn't|did not|never) (really |actually )?(checked|verified|confirmed)(\s*$|\s*[,;!?)]| (it|that|this|but|though|yet|personally|myself|recently|lately|lol)\b))|^\s*not (always|every time|consistently|reliably|all the time|in every case)\s*$|\b` + cannotVouch + `\b|\b(it's|it is) (mostly|generally|broadly|loosely|vaguely|more or less) (understood|assumed|accepted|taken as read)\b|\b(is|are|'s|'re) (loosely|vaguely|sort of|kind of|more or less|informally) (seen|regarded|thought of|treated|considered) as\b|` + othersToo)
	// A practice that stopped is not done: "we used to", "no longer",
	// "that was the end of it",
	// "it has lapsed", "until the ops lead left", "it hasn't recorded
	// anything since the move", "the engineer who did it has left".
	// What is "parked" or "shelved" is put aside, as what is on hold is
	// (v489).
	stopped = mustPattern(`(?i)\b((the|our|a|one) ([\w-]+ )?[\w-]+ who (did|built|ran|wrote|set up|knew|handled|looked after|kept|made) (it|them|that|this|those)( [\w-]+){0,2} (has|have|had) (left|gone|retired|moved on)|(hasn't|has not|haven't|have not)( been)? (\w+ )?(happened|done|held|recorded|worked|run|ran|functioned|used|switched on|turned on|working|on|captured|logged|scanned|fired|triggered) (anything |much )?(since|for (months|years|ages|a while))|used to|no longer|(and )?that was (it|the last (time|of it)|the end of (it|that))|not any ?more|stopped|lapsed|discontinued|abandoned|dropped|ceased|gave up|given up|phased out|wound down|went away|(was|were|been|got) (retired|scrapped|cancelled|canceled|shelved)|(contract|licen[cs]e|subscription|funding|budget) (ended|lapsed|expired|ran out|was cut)|until [^.;,]{0,40}\b(left|quit|broke|ended|stopped|expired|ago|last (week|month|quarter|year)|in (19|20)\d\d)|(fell|fallen) (apart|away|by the wayside)|(didn't|did not|never|won't|will not) carr(y|ied) over|(wasn't|weren't|was not|were not|never|not) (been )?(migrated|carried over|moved over|brought (over|across)|continued|renewed|replaced)|(nobody|no one|no-one) (has |had |ever )?(picked|taken) (it |them |that |this )?(up|over)|(got|was|were|been) (cut|axed|killed|muted|switched off|turned off|disabled)|(has|have|had) been (broken|down|offline|dead|out of action)|(is|are|was|were) (broken|dead|out of action)\b|(switched|turned) (it |them )?off|on hold|paused|put on ice|mothballed|parked|shelved|(got|was|were) lost|nothing (has |ever )?replaced|since (then|\w+( \w+){0,3}),? (there (is|are|has been|have been) (none|nothing|no)|nobody|no one|nothing))\b`)
	// "Dropped events" are things measured, "can be switched off" is a
	// capability kept and "old models get switched off when …" a practice,
	// not one that was dropped or switched off; "the alerts stopped" is a
	// result, and turning a model off "when we retired" it is the
	// retirement done; "the tools used to build" a model are a purpose,
	// not a past habit, and "servers that stopped sending logs" are what
	// is counted; logging that "was lost for six hours" came back; "a
	// running tally of suppliers whose assurance has lapsed" counts what
	// lapsed, and intruders who "were stopped every time" were stopped;
	// a law "mentioned at a leadership meeting last year, and that was it"
	// tells a one-off, not a practice that ended, and disk added "after it
	// has already stopped" tells what prompts it (the server stopped);
	// cases that "used to drag on for months …, so HR wrote a guide" tell
	// what was before a change, and a list updated "whenever one goes live
	// or is switched off" tells what prompts the practice, as a call made
	// "once when the VPN dropped" tells when (a line dropping ends no
	// practice); stripping "anyone who no longer needs it" removes people,
	// it ends nothing, and "the number stopped after launch" counts what
	// was stopped; reviews that "found a third of the rules were no longer
	// used" tell what was found (v360). A board that decides "whether a
	// system goes ahead, is deployed or is stopped" weighs a stop, it
	// ends nothing (v375). A van that "was broken into" was burgled, not
	// broken, and an update that "dropped accuracy … by eight points"
	// lowered a figure (v384). An exercise that "showed logging was
	// switched off during the failover, so we built logging into" the
	// runbook tells a finding acted on, not a practice ended (v391).
	// Measuring "how often recovery has to be paused" counts pauses; it
	// ends nothing (v394).
	// "When we dropped our old payroll provider" names the occasion of
	// what was done at a supplier's exit, not a practice that ended (v402).
	// So does "when we switched off the old churn model" (turned off a
	// model, system or server, v424; "when we retired the old scoring
	// model, someone turned it off" is left as it was, since reading
	// "retired" so moved two spent drafts away from their labels).
	// Failed changes that "used to make up about one in eight of our
	// releases" tell a figure as it was, not a practice that ended (v404),
	// and so does one gap found "where there used to be twelve" (v417).
	// "The electricity used to train our biggest model" is what training
	// used, not a practice ended (data, compute, hours or the like used
	// to run, test or host a model or system, v425); "we used to run our
	// patch system every week" still ended. "When we dropped our old
	// chatbot I cancelled the subscription" tells what was done when a
	// system was dropped, not a practice ended (v442). What a review, an
	// audit or a test found no longer held ("the September review found
	// our offline test set no longer predicted how the model performed
	// live, so we rebuilt it") is a finding, not a practice ended (v474).
	// Nor is what a practice flags ("flags any metric that no longer
	// predicts well", lists each rule that no longer applies, v479).
	// What "used to be our Achilles' heel" (a weak spot, a headache) was a
	// weakness, not a practice that ended (weakPast, v481). A model that
	// "gets switched off by the on-call engineer" (servers that are shut
	// down by whoever is on duty) is handled by someone, not a practice
	// ended (v495). Suppliers found "with lapsed certificates" (contracts,
	// licences) had things lapse, not a practice (v496). Nor are "how
	// many leaver accounts were disabled within 24 hours" (the share
	// removed, revoked): a count of what the practice did (v517).
	// "We dropped one feed and added a sector-specific one" (retired one
	// tool and brought in another) swaps one thing for another: a change
	// made, not a practice ended (v520).
	notEnded = mustPattern(`(?i)\b(?:dropped|retired|removed|scrapped|cut) (?:one|a|an|the|two|three|some|several) (?:[\w-]+ ){0,2}?[\w-]+,? and (?:added|brought in|took on|swapped in|introduced)\b|\b(?:how many|the (?:number|share|percentage|count) of) (?:[\w-]+ ){0,4}(?:were|are|was|is|got|get|gets) (?:disabled|removed|revoked|deleted|deactivated|switched off|turned off|shut down|closed|retired|decommissioned)\b|` + oneOffMention + `|` + weakPastWords + `|\bused to (make up|account for|run at|sit at|come to|represent|average)\b|\bused to be (about |around |nearly |roughly |over |almost )?(\d+|` + numberWords + `)\b|\b(data|electricity|energy|compute|power|gpus?|hardware|hours|time|money|budget|samples?|images?|records?|datasets?|text|documents?|examples?|servers?|machines?|resources?|tools?|code|features?|labels?|inputs?|files?) used to (train|fine-tune|retrain|build|run|test|evaluate|power|host|serve) (the|our|a|an|its|their|each|every|this|that) ([\w-]+ ){0,2}(models?|systems?|classifiers?|networks?|llms?|ai)\b|\b(when|after|once|as) (we|they|the [\w-]+) (dropped|left|ended|terminated|cancell?ed|stopped using|switched away from|moved away from|offboarded|switched off|turned off) (our|a|an|the|one|that) ([\w-]+ ){0,2}(providers?|suppliers?|vendors?|contracts?|partners?|services?|tools?|models?|systems?|servers?|apps?|applications?|platforms?)\b|\b(dropped|fell|cut)\b[^.;]{0,50}\b` + byHowMuch + `\b|\b(dropped|fell) ` + aboutHowMuch + percentage + `|` + troubleStopped + `|\b(was|were|got|had been|has been|have been) broken into\b|\bwhether\b[^.;]{0,80}\b(or|and) (is |are |be |gets? |should be )?(` + stops + `)\b|\b(found|showed|shows|show|revealed|flagged)( that)? ([\w-]+ ){1,6}(was|were|is|are) no longer (used|needed|in use|required|valid|relevant|current)\b|\b(review|audit|check|test|assessment|analysis|evaluation|exercise|drill)s? (found|showed|revealed|flagged)( that)? ([\w-]+ ){1,6}((was|were|is|are|had) )?no longer [\w-]+|` + flaggedNoLonger + `|\b(found|showed|shows|revealed|flagged)( that)? ([\w-]+ ){1,6}(was|were|had been) (switched|turned|shut) off\b[^.;]{0,80}\bso (we|they)\b|\bso ([\w-]+ ){1,3}(can|could) no longer\b|\b(the |our |a |an )?(vpn|connection|line|link|network|internet|call|wi-?fi|signal|power|feed)( [\w-]+)? (dropped|went down|cut out)\b|\bhow many ([\w-]+ ){0,3}(were|are|have been|got) (retired|dropped|removed|stopped|ended|replaced)\b|\bhow (often|many times|frequently) ([\w-]+ ){0,3}(has to be|have to be|had to be|is|are|was|were|gets?|got) (paused|halted|suspended|stopped)\b|\b(number|share|count|percentage|proportion|rate) (of ([\w-]+ ){0,2})?(stopped|retired|halted|cancell?ed|pulled|rolled back)\b|\b(whenever|when|once|if|each time|every time) ([\w-]+ ){0,4}(is|are|gets?|get) (switched|turned|shut) (off|down)\b|` + usedToSo + ` ` + actedOn + `|\b(after|once|when|until|before) (it|they|the [\w-]+|an? [\w-]+)( [\w-]+)? (has |have |had )?(already )?(stopped|ended|crashed)\b|\b(tally|tallies|count|counts|list|lists|number|register|log) of ([\w-]+ ){0,3}(whose|that|which|who) ([\w-]+ ){0,3}(has |have |had )?(lapsed|expired|stopped|ended|dropped)\b|\b(were|was|got|are|is) stopped (every|each) time\b|\b(was|were) lost for (about |around |nearly |over |almost )?(\d+|` + numberWords + `|a few|several|an?) (minutes?|hours?|days?|weeks?)\b|\b(switched|turned|shut|took) (it|them|the \w+)( off| down| offline) (until|till|while)\b|\b[\w-]+s (that|which) (have )?(stopped|stop) (sending|reporting|working|responding|syncing|logging|checking in|updating)\b|\b(tools?|data|datasets?|scripts?|methods?|criteria|templates?|software|code|librar(y|ies)|packages?|images?|prompts?|features?|inputs?|documents?|resources?|credentials|keys?|infrastructure|hardware|gpus?|equipment) ([\w-]+ )?used to (build|train|run|deploy|test|check|create|make|generate|score|evaluate|measure|store|process|host|manage|monitor|detect|send|sign|encrypt|access|connect|log|track|collect|develop|fine-tune|label|validate|serve|scan|patch|configure|authenticate|estimate|predict|classify|decide|calculate|compute|analy[sz]e|report|produce|support|operate|control|protect)\b|^\W*(when|after|once|as) (we|they|you|it|the \w+) (retired|decommissioned|removed|replaced|phased out)\b[^.;]{0,60}\b(turned|switched|shut) (it|them|([\w-]+ ){1,3}?)( off| down)\b|\b(switched|turned|shut) ((it|them|([\w-]+ ){1,4}?)( off| down)|(off|down) ([\w-]+ ){0,4}?)(once |twice )?(when|after|as soon as) (it|they|the \w+) (went (haywire|wrong|rogue|bad|off the rails|mad)|broke|failed|misbehaved|malfunctioned)\b|\b(drops?|dropped|removes?|removed|retires?|retired) (the )?` + outlived + `|\b(which|whether|if|what) ([\w-]+ ){1,3}(have |has |had )?(stopped|ceased|dropped out|gone quiet|gone silent)\b|\b(anyone|anybody|everyone|people|whoever|those|ones|[\w-]+s)( [\w-]+)? (who|that|which) no longer (needs?|uses?|requires?|works? (here|for us))\b|\b(any|those|ones|the ones)( [\w-]+)? (that|which|who) ((have|has|had) )?(stopped|ceased|dropped (off|out)|fallen (off|out|behind)|gone (quiet|silent|offline|missing|stale)|lapsed)\b|\b(records|rows|events|packets|items|messages|requests|tickets|alerts|files|entries|samples|transactions|jobs|emails|calls|sessions) (\w+ )?dropped (by|at|in|from|for|during|because)\b|\b(share|number|percentage|proportion|count|rate) of [^.;]{0,30}\bdropped\b|\b\w+ (dropped|fell|declined|slipped|sank) ((below|under|beneath|to|from)\b|by (\d|half\b|a (half|third|quarter|fifth|tenth)\b|two thirds|three quarters))|\b(reports|numbers|counts?|rates?|volumes?|scores?|figures|levels|incidents|errors|failures|complaints|tickets|alerts|findings|submissions|usage|traffic|attendance|completions?|responses|clicks|sign-?ups|uptake) ((\w+ )?|(for|of|on|from|in|about|with) ([\w'-]+ ){1,4})(dropped|fell|declined|went down)\b|\bdropped (\w+ )?(events|packets|calls|connections|frames|messages|logs|requests|alerts|sessions|records|jobs|tasks|transfers|emails|items|tickets)\b|\b(can|could|may|is able to|are able to)('t|n't|not| not)?( \w+)? be (switched|turned|shut) (off|down)\b|\bswitch(ed)?-offs?\b|\b(gets?|are|is) (switched|turned|shut) (off|down) (when|once|after|if|as soon as|whenever)\b|\b(gets?|are) (switched|turned|shut) (off|down) by (the|our|an?|whoever|whichever)\b|\blapsed (certificates?|certs?|contracts?|licen[cs]es?|subscriptions?|insurance|accreditations?|registrations?|memberships?|agreements?|ndas?|attestations?|background checks?)\b|\b(alerts?|alarms?|errors?|failures?|incidents?|complaints?|warnings?|false (positives|negatives)|outages?|crashes|spikes?|leaks?|breaches|recurrences?|repeats?)( \w+)? (have |has |then |soon |quickly )?(stopped|ceased|went away|disappeared|dried up)(\s*$|\s*[,.;!]| (and|since|altogether|entirely|completely|for good)\b)|\b(stopped|ceased) (falling|dropping|rising|climbing|improving|getting (better|worse)|going (down|up)|coming down|moving|shrinking|growing|declining|decreasing|increasing)\b|\b(stopped|ceased) (being (useful|used|relevant|needed|accurate|meaningful)|working|mattering|paying off|paying for (it|themselves|itself)|delivering( value)?|adding value|earning (their|its) keep|meeting (the |its |their )?(\w+ )?(targets?|kpis?|thresholds?|objectives?))\b|^\W*(?:when|after|once) (?:we|they|i) (?:dropped|retired|stopped using|switched off|decommissioned|shut down|got rid of)\b`)
	// "until 2023" ended, unless said of something that still runs or
	// will: "the contract runs until 2027", "logs are kept until 2030".
	untilYear = mustPattern(`(?i)\buntil (early |late |mid-?)?(19|20)\d\d\b`)
	ongoing   = mustPattern(`(?i)\b(is|are|will|be|remains?|runs?|lasts?|valid|expires?|kept|retained|stored|held)\b`)
	// A trouble found and acted on ends nothing: "detections centred on
	// machines in the labs, where USB sticks were common, so USB storage
	// was disabled there" improves.
	improvedBy = mustPattern(`(?i)\b(` + stopImproves + `)\b|` + troubleActedOn)
	// What only looks like a plan, as notNegation is for denials: "after
	// it spiked in Q1" tells of the past (a quarter is a plan only when
	// nothing happened in it yet), and "planned with the system owners"
	// or "planned each year" (or "according to the approved procedure")
	// says how each run is arranged; "a rollback
	// plan to every change" is a plan added, not an intention. What
	// someone "will" do "if a user asks" is a habit, and so is what
	// someone "will usually" do; a brief that
	// "says who will use them" (or "writes down … how its outputs will be
	// used") reports, it does not plan; reports "kept
	// going to the wrong queue" moved, they did not intend. "The approved
	// scoping procedure" names a document, not work still to do, and
	// overdue actions that "halved the next year" tell what followed; a
	// policy "draft from last year" is a thing that exists, and so is "the
	// monthly roadmap meeting"; using a tool "for drafting emails" (or
	// one "meant for internal drafting") plans nothing, and "the AI drafts are only for replies" names what a
	// tool writes, as "every contract he drafts" names what he writes;
	// "the conditions each model will face" names what is
	// evaluated for; "too many were waiting for the weekly digest" counts
	// what waited, it intends nothing, and ", mostly waiting for approvals"
	// (or ", mostly drafting notices") tells why; "with the aim of zero" is a target;
	// what someone "heard … at a conference once and said we should" look
	// into tells a one-off that happened before the plan; "the goal link"
	// made a gate names a field, not a goal to come, and "the ones waiting
	// on our model vendor" names what waited, as a trouble found and acted
	// on ("most delays came from waiting on legal sign-off, so …") tells
	// what caused it; "each new AI project's scoping team" is a team, not
	// scoping to come, a plan that "allows recovery to start once a
	// snapshot is taken" sets a condition, not a date, and "projects
	// meeting the goal" are counted against it, not planned; rules that
	// "require every model's GPUs, datasets and tooling to be written up"
	// name a rule kept, not writing to come, and a policy skimmed "when it
	// was first drafted" tells when, and a specification "including the
	// model type and how outputs will be used" says what it covers; "when
	// the auditors wanted to run their scan" tells when, and "a couple of
	// scoping calls" were held; "how long scoping takes" is timed (v351).
	// "Delays came from analysts waiting for a manager to confirm" tells a
	// cause, as "came from waiting on legal sign-off" does (v357).
	// Changes that "have fallen from about eight a project to two" count
	// per project, they start none (v373). Notification "drafting" moved
	// into the first hour is work done, not a draft (v384). "If a customer
	// asks about the risks we haven't fixed, our CTO will talk them
	// through it" is what is done when asked, however long the asking
	// (v391). Staff "using the contract summariser to draft legal advice"
	// were writing with it, not holding a draft (v404). Anyone "who wants
	// to report a problem" is who may, not a plan (v410). Responses that
	// "are planned and documented through" a procedure are planned as a
	// practice, not only planned (v411). Staff and contractors "working
	// on AI" are who, not a plan (v414), and what is done "before build
	// starts on any AI system" is done each time (v415). "The people who
	// will use the tool" (rely on, work with, be affected by it) names who,
	// as suppliers "who will handle our data" do; it plans nothing (v427).
	roadmapMade = mustPattern(`(?i)\b(added|introduced|built|drew up|wrote|set up|put in place|created|adopted|agreed) (a|an|the) ([\w-]+ )?roadmap\b`)
	// A count in a quarter ("0 unregistered threats in Q2 + Q3") is a
	// result, not a plan (v433).
	// What a team agrees, decides or writes down "what … they'll
	// tolerate" (accept, allow) is what they settle now, not a plan
	// (v454).
	// A response "planned, tracked and reported" was planned among
	// other things done, and "If you're evaluating a model, you follow
	// …" tells when a practice applies, not what is being weighed up
	// (v462). A quarter put in brackets ("when three releases (all in
	// Q1) slipped through …") dates what is told, and plans nothing
	// (v475). Containment that "stalled waiting for approvals" was held
	// up, not planned (v482). A tally presented "aiming to keep first-time
	// passes above 80%" has a target, not a plan (v496).
	// A status put out in quotes, "saying we were 'working on it'"
	// (looking into it, investigating), was a message sent: the quote
	// tells what it said, not what is planned (v501). "Most money going to
	// back-office tools" (budget, traffic, tickets) is where it goes, no
	// plan (v502). A figure that "hit 9% in Q2" (reached, rose to) was
	// reached in a quarter gone by, no plan (v504).
	// A page someone "wrote … (filed as AI-IA-001, draft)" was written:
	// the draft is its status, not a plan (v524). A figure an owner tags
	// "(verified: 94% in Q3, …)" was found in that quarter, and one
	// "confirmed in the next month's figures" was seen then (v525). A
	// figure "back to 94% by Q3" was reached by then, and one that
	// "dipped to 70% in Q1" fell then (v527).
	notPlanned = mustPattern(`(?i)\bback (?:up |down )?to \d[\d.,]*%? by (?:Q[1-4]|H[12])\b|\b(?:confirmed|verified|seen|shown) in the (?:next|following) (?:month|quarter|week|year)'s\b|\b(?:verified|confirmed|seen)\b[^()]{0,20}?\d[\d.,]*%? in (?:Q[1-4]|H[12])\b|\b(?:wrote|written|drew up|drawn up|put together|filed)\b[^.;]{0,80}\((?:[^()]{0,40}, )?(?:a |still a |still )?draft\)|\b(?:hit|reached|rose to|fell to|peaked at|jumped to|dropped to|climbed to|dipped to|sank to|slipped to) (?:about |around |nearly |over )?\d[\d.,]*%? (?:[\w-]+ )?in (?:Q[1-4]|H[12])\b|\b(?:money|budget|spend|spending|funds|funding|cash|traffic|effort|requests|tickets|alerts|calls) going to\b|\b(?:saying|said|that said|which said|reading|announcing|to say) (?:that )?(?:we were|we're|we are|it was|they were) ['"‘“](?:working on it|looking into it|investigating)['"’”]|` + willOccasion + `|\bhow (?:much|many|far|long|often)(?: [\w-]+){0,5} (?:they|we|you|he|she|it)'ll\b|\baim(?:ing|s)? to (?:keep|hold|get|stay)(?: [\w-]+){0,5} (?:above|below|under|over|within) (?:\d+|` + numberWords + `)|\b(?:stalled|stalls|stuck|sat|sits|sitting|held up|delayed|blocked|hung|queued)(?: [\w-]+){0,2} waiting (?:for|on)\b|\((?:(?:all|both|most|each|some|mostly|two|three|four|five|\d+)(?: of them)? )?in q[1-4](?: (?:19|20)\d\d)?\)|` + habitualIf + `|\b(?:is|are|gets?|got|was|were) planned,? (?:and |then )?(?:tracked|monitored|reported|recorded|logged|executed|carried out|reviewed|approved|communicated|assigned|delivered)\b|\b(?:if|when|whenever|while) (?:you're|you are|we're|we are|they're|they are|i'm|i am) [\w-]+ing\b|\b(?:agree|agrees|agreed|decide|decides|decided|set|sets|define|defines|defined|record|records|recorded|document|documents|documented|write down|writes down|wrote down)\b (?:(?:each|every) [\w-]+ )?(?:what|which|how much|how many)\b[^.;]{0,80}?\b(?:they|we)(?:'ll| will) (?:tolerate|accept|allow|put up with|live with)\b|\bbefore (?:[\w-]+ ){1,2}starts on (?:any|each|every|a|an|the)\b|\b(?:staff|people|contractors|employees|engineers|developers|teams|everyone|anyone|those|scientists|analysts|partners|suppliers|vendors) working on\b|\b(?:who|that) wants? to\b|\b(?:is|are|was|were) planned and (?:documented|recorded|approved|tracked|tested|reviewed|signed off)\b|\b(using|used|uses|use) ([\w-]+ ){0,4}to draft\b|\b(moved|shifted|brought|pulled|put|automated|templated|sped up) ([\w-]+ ){0,2}drafting\b|\b(\d+|` + numberWords + `) (a|per) project\b|\bhow (long|much time) (the )?([\w-]+ )?(scoping|evaluating|investigating|exploring|drafting|hiring|triage|triaging)( (of|for) (an? |the |each )?[\w-]+( [\w-]+)?)? (takes?|took)\b|\b(including|covering|covers?|such as|defines?|defined|specif(y|ies|ied))\b[^.;]{0,40}\b(who|what|which|how|when|where|whether) ([\w'-]+ ){0,8}will\b|\b(when|after|once|since|as soon as) (it|they|the [\w-]+) (was|were|got) (first )?(drafted|written|approved|defined)\b|\bdrafted\b[^.;]{0,40}\band (then )?(the |our )?([\w-]+ ){0,3}(adopted|approved|signed( it)? off|ratified|endorsed)\b|\bwhile (waiting|we waited|they waited) (for|on)\b|\b(came|come|comes|stemmed|stems|arose) from ([\w-]+ ){0,2}(waiting|queuing|queueing) (for|on)\b|\b(when|after|once|because|since) (the |our |a |an |some )?([\w-]+ ){0,2}(wanted|needed|tried) to\b|\b(requires?|required|requiring|obliges?|obliged|mandates?|mandated) [^.;:]{1,60}? to be (written|approved|defined)\b|` + countedNotYet + `|` + discussedOnce + `|` + troubleActedOn + `|\b(meet|meets|meeting|met|hit|hits|hitting|reach|reaches|reaching|reached|miss|misses|missing|missed) (the|its|their|our) ([\w-]+ )?(goal|target|objective|aim)s?\b|\b[\w-]+ to (start|begin|resume|proceed) once ([\w-]+ ){1,3}(is|are|has been|have been) (taken|done|made|captured|approved|complete|completed|in place|signed)\b|\b(the ones|those|the [\w-]+s) (that were |which were )?(still )?waiting (on|for)\b|\b(the|our|its|their) (goal|objective|aim)s? (links?|fields?|columns?|mappings?|tags?|checks?|owners?|registers?|lists?)\b|\b(that|which|who) will (touch|handle|process|access|hold|store|see|host|connect to|have access to|receive|use|rely on|work with|be affected by)\b|\b(once|one time|last (year|month|quarter|week)|(years?|months?|weeks?) ago)\b,? and (said|decided|thought|felt|agreed|reckoned) (we|they|someone|somebody) should\b|,? (` + whyPhrase + `|spent) (waiting (for|on)|drafting)\b|\b(with )?(the|an|our) (aim|goal) of (zero|none|nil|no [\w-]+|\d+|` + numberWords + `)\b|\b(too many|too much|most|many|half|a lot|lots|some)( of (them|those|these|the [\w-]+))? (were|was|sat|kept|had been) (still )?(left )?waiting (for|on)\b|\b(conditions?|situations?|environments?|scenarios?|data|inputs?|traffic|load|threats?|attacks?) ([\w-]+ ){0,4}(will|would|is likely to|are likely to) (face|meet|see|encounter|handle|receive|run (in|under|on)|be (used|deployed|run) in)\b|\b(will|i'll|we'll|he'll|she'll|they'll) (usually|normally|generally|typically|often|mostly|sometimes|occasionally) [\w-]+\b|\bgoing to (the|a|an|their|our|its|his|her|my|your|this|that|these|those|every|each|all|some|any)\b|\b` + ifPrompted + `[^.;]{0,60}\bwill\b|\bwill\b[^.;]{0,60}\b` + ifPrompted + `|\b(says?|said|shows?|lists?|records?|recorded|names?|describes?|sets? out|states?|explains?|notes?|(writes?|wrote|written)( down| up)?|documents?|documented|captures?|captured) (who|what|which|how|when|where|whether) ([\w'-]+ ){0,8}will\b|\b(because|since|as|whenever) (they|we|he|she|i|people|staff|someone|somebody|the \w+) (wanted|chose|felt like|liked|wants|want|likes|like) (to|it)\b|\bplans? to (every|each|all|the|a|an|our|its|their|his|her|any|this|that|these|those)\b|\b(after|since|following|during|because of)\b[^.;]{0,40}\bin q[1-4]\b|\bpre-?drafted\b|\bif (they|you|people|users|staff|someone|anyone) (want|wants|need|needs) to\b|\bfor ([\w-]+ )?draft(s|ing)\b|\b((every|each|all) (\w+ )?drafts?|(he|she|who) drafts)\b|\b(the|our|its|their|these|those|ai|model|bot|chatbot|assistant)('s)? ([\w-]+ )?drafts (are|is|were|was|go|get|stay)\b|\bwithout waiting\b|\b(every(one|body)|any(one|body)|people|those|staff|engineers|developers|teams|all \w+|whoever|someone|somebody) working on\b|\b(\w+ed|was|were|did|went|began|happened|rose|fell|grew|came|saw|ran|hit|got|had|made|took|found|led|broke|shrank|sank) in q[1-4]\b|\b(is|are|was|were|gets?) planned (with|by|under|per|according to|in line with|following|together with|jointly with|alongside|(in|within) (the|our|its|their|an?) (approved|documented|agreed|signed-off))\b|\b(is|are|was|were|gets?) planned (\w+ ){0,3}(each|every|annually|yearly|monthly|quarterly|weekly)\b|\b(halved|doubled|tripled|fell|dropped|rose|improved|declined|decreased|increased|shrank|grew|went (up|down)|came down|stopped|ended|vanished|disappeared)( [\w-]+){0,3} the (next|following) (week|month|quarter|year|audit|review)\b|\bdraft (from|of) (last (year|month|quarter)|(19|20)\d\d|years ago|long ago)\b|\bscoping (procedure|process|policy|standard|template|document|statement|form|checklist|step|stage|workshop|guide|guidance|method|methodology|record|team|group|panel|phase|calls?|sessions?|meetings?)s?\b|\b(approved|documented|agreed|formal|signed-off) scoping\b|\broadmap (meetings?|reviews?|sessions?|calls?|syncs?|planning|days?)\b|\b(for|with|in) drafting\b|\bdrafting (emails?|letters?|replies|responses|documents?|text|copy|content|posts?|reports?|code|minutes|notes)\b|\b(\d+|no|zero|none|` + numberWords + `) ([\w-]+ ){0,3}in Q[1-4]( ?(\+|and|&) ?Q[1-4])?\b`)
	// "nothing replaced it" and "weren't migrated" are not replacements,
	// nor are cameras "switched off to save on the monitoring contract"
	// (or logging "switched off years ago to save disk").
	notReplaced = mustPattern(`(?i)(\b(nothing|not|never|nobody|no one)|n't)\s+(been\s+|has\s+|ever\s+)?(moved|switched|migrated|replaced)\b|\b(switched|turned|shut) (it |them )?(off|down)( [\w-]+){0,3} to (save|cut|reduce|lower|avoid|spare|stop)\b`)
	// What an answer tells of the past ("back when we were on-prem", "we
	// had … under the old MSP", "the previous IT manager did …") is not
	// counted when the answer says the practice ended.
	past = mustPattern(`(?i)\b(back (when|then|in)|in the past|previously|formerly|originally|historically|at (one|some) (point|time)|(the|our|an?) (old|previous|former|original)|until (recently|(19|20)\d\d|last)|before (the|our) (merger|acquisition|reorg\w*|migration|move|layoffs?|restructur\w*|cuts?|switch|outsourcing)|before we (moved|migrated|merged|were|switched|brought)|(we|they|he|she|it|there) (had|did|ran|kept|was|were))\b`)
	// ... unless what stopped was replaced: "we stopped using spreadsheets
	// and moved to ServiceNow", or "dropped it and put the money into
	// dark-web monitoring" (v383).
	replaced = mustPattern(`(?i)\b((moved|switched|migrated)\b[^.;]{0,40}\b(to|onto|into)|(put|spent|reinvested|redirected|shifted) (the |that |its |our )?(money|budget|funding|spend|savings?|licen[cs]es?|time|effort|hours) (into|on|towards?)|replaced|instead|in favou?r of|rather than)\b`)
	// A stop said of what came before ("that all lapsed", "since then it
	// has stopped") takes back what it refers to (see Draft).
	backToAll = mustPattern(`(?i)\b(all|everything|whole)\b`)
	// "Which kind of model it uses" names a kind, as "what sort of data"
	// does; it is no hedge ("it's kind of done") (v378), and nor is "a new
	// kind of AI risk" (a different, particular sort of, v422).
	// "Whether the model does what it's meant to" names its purpose (as
	// checking the metrics "catch the failures they're meant to" names
	// theirs, v374), and
	// "how its output should be used" what a document says; neither
	// doubts anything, and nor do tickets "that a better help text would
	// have avoided", which names what is counted, or a review "to see
	// whether its evidence would have stood up", what is reviewed for, or
	// reporting "any allowed paths that should be blocked", what is
	// counted, or incidents "where nobody acted because each assumed the
	// other would", what is counted too. "Maybe one project in four"
	// estimates how often; it does not doubt that it happens. Findings
	// that came back "because owners closed them on paper" tell the cause
	// of a trouble; "on paper" doubts nothing the answer says is done
	// (v395).
	// What "would pay off" in an example ("e.g. where taking more risk
	// would pay off") names a topic, it doubts nothing (v433; and in
	// notHypothetical). Agreements "issued on paper" (printed, signed,
	// filed on paper) were on paper; "on paper" doubts nothing there
	// (v449). "It kind of depends on the project manager" (sort of
	// depends) says it is left to each, no doubt of it (v461).
	// A strategy that "states what each is meant to achieve" names each
	// one's purpose (v466). What is "supposed to" happen (meant to,
	// should), told with "and it does" in the same breath (and it actually
	// is, and that's what happens, and in practice …), is done, not
	// doubted (meantAndDone, v476).
	purposeOf = mustPattern(`(?i)` + meantAndDone + `|\b(?:kind|sort) of depend(?:s|ed|ing)?\b|` + indirectQuestion + `|` + reportedWould + `|` + thresholdWould + `|` + checkedWould + `|` + workedOutWould + `|\bbecause ([\w'-]+ ){1,5}on paper\b|\b(which|what|the|each|every|this|that|same|whatever|whichever|any|another) (kind|sort|type)s? of\b|\b(a|an|one|some) (new|different|particular|certain|specific|novel|other) (kind|sort|type) of\b|\b(new|different|other|novel) (kinds|sorts|types) of\b|\b(maybe|perhaps|probably|roughly) (\d+|` + numberWords + `|half|a (third|quarter|fifth|tenth)) ([\w-]+ )?(in|out of) (\d+|` + numberWords + `)\b|\b(each|both|everyone|everybody)( [\w-]+)? assumed (that )?(the other|the others|someone else|somebody else|the [\w-]+) would\b|\b(any|all|the|those|every)( [\w-]+){0,2} [\w-]+s (that|which) should( not|n't)? (be|have been) [\w-]+\b|\b(what|whatever|how|(the|any|all|every|those) ([\w-]+ ){0,2}[\w-]+s) (it's|it is|they're|they are|it was|they were|each( one)? (is|was)|the [\w-]+ (is|are|was|were)) (meant|supposed) to\b|\b(how|when|where|by whom) ([\w'-]+ ){1,4}should (be|happen)\b|\b(that|which|whether) ([\w-]+ ){0,4}would have (\w+ed|been|done|caught|prevented|stopped|avoided|saved|stood up|held up|passed)\b|\b(e[․.]g[․.]?|for example|for instance|such as)[^;]{0,60}\bwould\b|\b(issued|printed|signed|kept|filed|stored|sent|completed|filled in|submitted|handed out) on paper\b`)
	// "This year: the same again", after "Last year: … with no agreement
	// on timing", says again what came before, past the label (v444).
	sameAgain     = mustPattern(`(?i)^\W*(?:and )?(?:the )?same (?:again|thing again|as (?:last year|before|ever))\W*$|^\W*((and|but|so),? )?(it's|it has|it is|that's|that has|that is|this is|things have|things are|it was|that was)( always| just| basically| pretty much)?( been)? (that way|like that|like this|the case|how it('s| has| is)( always)? been|(simpler|easier|quicker|cheaper) (that way|like that))\b`)
	backReference = mustPattern(`(?i)^\W*((and|but|since then|then|now),? )?(it|that|this|they|those|these|all (of )?(it|that|this|them|those)|that all|this all|everything|the (whole )?(practice|process|programme|program|thing))\b`)
)

// What one clause can say of the whole answer.
var (
	// The practice is not performed, whatever is written down or
	// measured: "nobody follows it", "it has never been applied", "teams
	// ignore it". The answer shows at most that something exists.
	notPractised = mustPattern(`(?i)\b(nobody|no one|no-one|none of (it|this|that|them|these|those))\b[^.;]{0,40}\b(follows?|followed|uses?|used|happens?|happened|done|does|applies|applied|checks?|checked|looks?|looked|watch(es|ed)?|reads?|knows?|enforces?|enforced|runs?)\b|(\b(never|not)|n't)\s+((been|yet|actually|really|ever)\s+)*(followed|used|applied|enforced|performed|done|tested|happened|happen|happens|run|exercised|implemented|practi[sc]ed|put into practice)\b|\bignor(e|es|ed|ing) (it|them|this|that|the (policy|procedure|standard|process|rules?|plan))\b|\b(is|are|gets?|was|were|being) (largely |mostly |often |usually |simply )?ignored\b`)
	// ... nor is it where the denial is of a check on what is done
	// ("nobody's checked whether the list is complete") or of objects
	// ("retires the ones nobody uses", "users with access they haven't
	// used in ninety days"), or an outcome ("it hasn't happened in the
	// last two quarters"), or the way a team works ("nobody has written it
	// up, it's just how they run things"; "it's how she runs the site",
	// v423), or of tracking it ("nobody
	// tracks whether they're followed", v354; "nobody checks whether
	// they do" still says nobody does), or that one person alone holds it
	// ("nobody else knows the routine", v362), or a check that what is
	// used is the right thing ("no one checks the feeds are the right
	// ones": what is checked is the choice, not the doing, v367; what
	// follows "checked how well …" is what was not checked, to the end of
	// the clause: "No one has checked how well people know their roles"
	// denies no knowing, v511), or a
	// follow-up not made ("exceptions are never followed up" denies an
	// action on what was found, not that a rule is followed, v377), or
	// that nobody else checks it ("nobody outside the team checks the
	// diagram" says no one else checks, reviews, reads or uses what the
	// team does, v420; "nobody outside the team knows it exists" still
	// denies that it was made known; "nobody outside the team has looked
	// at it" says so in the perfect, v509), or what would have happened
	// had it not been done (practisedCounterfactual, v490), or that what
	// is done follows no written process ("none of it follows a written
	// process" denies the writing, not the doing, v510). Nor does "we
	// haven't used the figures to change anything yet" (acted on the
	// results, done anything with the numbers): it denies an improvement
	// made from them, not that they are reviewed (v521).
	notPractisedAside = mustPattern(`(?i)` + soleHolder + `|` + practisedCounterfactual + `|\b(?:haven't|have not|hasn't|has not|didn't|did not|never)(?: yet)? (?:used|acted on|done anything with) (?:the |those |these |our |its |their )?(?:figures|numbers|results|data|metrics|measurements|trends?|findings|scores)(?: to (?:change|improve|fix|adjust) (?:anything|it|them|the [\w-]+))?(?: yet)?\b|\b(none of (it|this|that|them)|nothing|neither) (follows?|is based on|uses?) (a|an|any) (written|documented|formal|approved|agreed|defined) (process|procedure|policy|standard|method|plan)\b|\b(nobody|no one|no-one) (from |in )?outside (the|our|their|that|this) ([\w-]+ )?(team|group|department|function|unit) ((has|have|had) )?(ever |really |actually )?(checks?|checked|reviews?|reviewed|looks? at|looked at|audits?|audited|sees?|saw|seen|reads?|uses?|used)\b|((\bnever|\bnot|n't)\s+((been|yet|actually|really|ever)\s+)*)?\bfollowed up\b|\b(nobody|no one|no-one)( really| ever)? (tracks?|measures?|records?|counts?) (whether|if|how (often|well|far|closely|much|many))\b|\b(checked|audited|reviewed|looked at|tested|assessed) (the |our )?(older|old|remaining|other|legacy|existing|earlier|previous) [\w-]+|\b(they|we|he|she|people|users|staff|someone) (haven't|hasn't|have not|has not|didn't|did not|don't|do not) (used|touched|opened|accessed|needed|logged into)( (it|them))? (in|for|since) (the last |over )?(\d+|` + numberWords + `|a|an|the)\b|\b(hasn't|has not|haven't|have not) happened (again |since )?(in|for|over|during) (the )?(last|past)\b|\b(checked|verified|confirmed|tested|looked at|asked) (whether|if|that|how)\b[^.;]*|\b(nobody|no one|no-one)( really| ever)? (checks?|verifies|reviews?|confirms?) (whether |if |that )?(the |our |its |their |these |those )?([\w-]+ ){0,2}(is|are|was|were) (still )?(the right ones?|the right [\w-]+|right|correct|complete|accurate|current|up to date|relevant|valid|enough|sufficient|the best)\b|\b(it's|it is|that's|that is) (just )?how (they|we|he|she|the team|the [\w-]+ team) (runs?|do|does|handles?|manages?) (things|it|them|the [\w-]+)\b|` + nobodysObjects + `|` + countedNot)
	// ... unless it is a rule kept: "never deployed without approval",
	// "never done ad hoc".
	kept = mustPattern(`(?i)` + twoPersonRule + `|\b(without|ad[ -]hoc|informally|manually|by hand|(done|made|applied|deployed|granted|handled|performed|run|used|changed) outside|except)\b`)
	// The document is out of date: it does not show level 3. Stale parts
	// counted ("stands at 97% and two stale sections") are a measure's
	// result, not a document gone stale (v362), and neither is a way for
	// readers to mark one stale (markedStale, v384). Nor are stale
	// accounts or stale access, tracked or cleared (v475). Nor is what a
	// change mended, "because of stale OS versions, we added forced
	// updates" (v505).
	staleCounted = mustPattern(`(?i)\bbecause of (?:stale|outdated|out-of-date|old) (?:[\w-]+ ){0,3}[\w-]+,? (?:we|they|the [\w-]+) (?:added|made|moved|changed|introduced|forced|set|rolled out)\b|\b(\d+|` + numberWords + `|a few|several|many) (stale|out-of-date|outdated|obsolete)( [\w-]+)?\b|\bstale (access|accounts?|users?|logins?|permissions|rights|credentials|keys|tokens|branches|entries|sessions)\b|` + markedStale)
	stale        = mustPattern(`(?i)\b(polic(y|ies)|procedures?|standards?|plans?|documents?|documentation|runbooks?|playbooks?|templates?|it|this|that)\b[^.;]{0,60}\b(out of date|out-of-date|outdated|obsolete|stale)\b|\b(out of date|out-of-date|outdated|obsolete|stale) (polic|procedure|standard|plan|document|runbook|playbook|template)|(\b(never|not)|n't) (been )?(updated|reviewed|revised) since\b|\b` + nobodyTouched + `( \w+){0,3} since\b`)
	// What nobody looks at is a measurement: the practice is done and
	// measured, but the measure is not reviewed, so it does not show 4.
	measure = mustPattern(`(?i)\b(numbers|metrics?|figures|dashboards?|results|reports?|kpis?|stats|statistics|scores?)\b`)
	// The answer takes back everything it said: "just kidding, we have
	// nothing"; "nobody's given it a thought" says what came before is
	// how things lie, not a practice.
	retracted = mustPattern(`(?i)\b(just kidding|only joking|(that's|that is|this is) (a joke|not true)|none of (this|that|it|the above) is true)\b|^\W*(in (fact|truth|reality),? )?(we (actually |really )?have nothing|there is nothing|nothing (is in place|exists|at all))( (at all|in place|whatsoever))?\W*$|^\W*(nobody|no one|no-one)('s| has)? (ever )?(given|spared) (it|this|that|them) (a|any|much|a second|the slightest) thought\W*$`)
)

// clause is one statement of an answer and how it is put.
type clause struct {
	text                   string
	bare                   string // text without what only looks like a denial ("no later than")
	claimed                string // text without what it mocks in scare quotes (withoutScareQuotes), read by the signals
	aside                  bool   // a label or an interjection: states nothing
	question               bool   // put as a question
	negated, plan, hedging bool
	ended                  bool // says a practice stopped (and nothing replaced it)
	// relative is a clause split off as ", which nobody looks at", or
	// one denying only that what came before was checked ("nobody's
	// compared them"): what it denies is said of something it takes to
	// exist.
	relative bool
	colon    bool // ends at a colon: what follows spells it out
	past     bool // tells of the past, in an answer that says a practice ended
	unknown  bool // first, says it cannot say ("I couldn't tell you what …"): denies
	// What only its neighbours decide (see clauses): an owner's own score
	// (selfScore), a short reading of the question (readsQuestion: "If you
	// mean …", at most twelve words) and, said first, a few words that
	// could name a topic (topicLike: see spokenTopic).
	score, readsQuestion, topicLike bool
	// before is told under a "Before:" label, ahead of a "Now:" one: what
	// was done then, not now (v522). halfLabel labels a gap analysis's
	// half ("Missing:", "To do:"): what follows it is read on its own
	// (v521).
	before, halfLabel bool
}

// counts reports whether a clause states something done as fact.
func (c clause) counts() bool { return !c.aside && !c.negated && !c.plan && !c.hedging && !c.past }

// bareList reports whether a clause is a list with no subject or verb of
// its own ("servers, laptops, the guest wifi"): beside a denial's colon,
// before or after it, it names what the denial covers.
//
// A list's items are short: a part of ten words or more after a comma
// ("…, and the platform team reports the number of cross-environment
// access exceptions to the security forum every month") is a clause of
// its own, its verb one subject does not know (v488).
func (c clause) bareList() bool {
	if !strings.Contains(c.text, ",") || subject.MatchString(c.text) {
		return false
	}
	for item := range strings.SplitSeq(c.text, ",") {
		if len(strings.Fields(item)) >= 10 {
			return false
		}
	}
	return true
}

// reportedWould is what a message or document said would happen ("a
// two-line email from the COO saying it would save time"): a claim
// reported, neither the answer's own guess nor a plan; so is a reply
// reported ("they said they would", v384), and what a statement of
// work "said who would do" (v413).
const reportedWould = `\b(saying|claiming|promising|predicting|arguing|stating|said|told (us|me)|promised|agreed|confirmed|replied) (that )?(it|they|this|the [\w-]+|who|which [\w-]+) would\b`

// thresholdOnly is a threshold that says when a practice applies, not a
// figure measured: "any outage affecting more than 5% of customers", "for
// any third-party model handling more than 10% of traffic", "whenever a
// new AI system crosses the high-risk threshold" (v491).
const thresholdOnly = `\b(?:affecting|affects?|touching|touch(?:es)?|handling|handles?|holding|holds?|reaching|reaches|covering|covers|serving|serves|involving|involves|hitting|hits|with|of|for) (?:more|fewer|less) than (?:about |roughly |around )?(?:\d+(?:[.,]\d+)?\s?%|` + percentage + `)|\b(?:cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|hits?|reach(?:es|ed)?|tops?|topped) (?:the|a|an|its|their|our|that) (?:[\w-]+ ){0,2}thresholds?\b`

// thresholdWould names what a rule covers by what it would do ("Audit
// tests on live systems that would touch more than 1,000 records need
// sign-off"): neither a guess nor a plan (v491).
const thresholdWould = `\b(?:that|which|who) would (?:touch|affect|involve|change|expose|reach|exceed|hit|handle|process|hold|access|use|cost|take|need|require)\b[^.;,]{0,40}\b(?:more|fewer|less|over|above|under|below|beyond)\b`

// checkedWould is what a check confirms would happen ("confirm that
// today's metrics would still flag each one"): what is checked, neither
// a guess nor a plan (v393).
// workedOutWould is an estimate made, what something would cost or do:
// "I once worked out roughly what a wrong price from the AI would cost
// us" tells of the working out, not of a plan or a guess (v442).
const workedOutWould = `\b(worked out|estimated|calculated|figured out|modelled|modeled)\b[^.;]{0,60}\bwould\b`

const checkedWould = `\b(confirm|confirms|confirmed|check|checks|checked|verify|verifies|verified|make sure|makes sure|made sure) (that|whether) ([\w'-]+ ){1,4}would (still )?[\w-]+\b`

// docSays is what an approved document is said to say or ask for, in
// "that's what our approved procedure requires" and "the information our
// approved procedure lists" alike.
const docSays = `says?|requires?|sets? out|lays? (down|out)|asks? for|describes?|spells? out`

// soleAim is what an answer says is the only goal, either way round:
// "…is our only goal", "the only goal anyone mentions is …".
const soleAim = `(goal|aim|priority|focus|concern|target|objective)`

// insteadOnly is a clause saying all that is done is something else:
// a server cupboard "plugged into the same wall socket as the kettle", a
// model that "was built to rank renewal calls and it now also decides"
// discounts, "projects start because a team gets excited about a tool"
// (v352); "every admin has the full Sysinternals suite … on their
// laptop", "if a model seems useful we build it and ship it", "decisions
// get made model by model on enthusiasm" (v353); "the product team
// decides what users need" (v354); a link found "by trial and error",
// training "on whatever the warehouse holds", a model "pointed at
// whatever problem comes up next", "what we know comes from the vendor
// newsletters" (v355); data that "is whatever copies the data
// scientists take from production" and IT that "has to argue for it out
// of the general IT budget" (v356); a server cupboard that "runs
// straight off the mains" (beside "nothing watching the temperature")
// and "the next time anyone thinks about a supplier's security is if
// something goes wrong" (v357); scoping by "the same three engineers
// every time" (beside "we've never brought in anyone from the
// business", which denies as "nobody" does) (v359);
// "we hired two data scientists and hope they cover everything" (beside
// "nobody has mapped what skills our AI work needs"),
// "the only goal anyone mentions is getting features out" (beside "we've
// set no objectives"), "we just restore", "we simply use the APIs", "whoever happens to be
// building a model does whatever is needed", "new starters get their
// login emailed to them" (beside "nobody checks ID"), "the team builds and we
// see how it goes", "it's all over the place", "a second disk that
// mirrors the first, which everyone treats as the backup", "the firewall
// came with a filtering module" (beside "the licence … was never
// bought"), "data provenance is a blank for us", "they're the ones the
// first data scientist picked", "the contract is a standard software
// licence", "it was launched because the board liked the demo", "only
// our two cofounders ever weigh in", "only the two data scientists who
// build each model decide its scope", "there's one environment and it's
// live", "procurement treats them like any other software purchase",
// "our logs stay on each system separately" (things left apart), "our
// alerts are looked at on their own", "each team decides for itself",
// "network and power cables in our office run loose", "sales offers the
// standard package and that's the end of it", "senior leadership sees AI
// as an engineering matter" (beside "none of them took ownership"),
// "the cloud bill arrives as one number and that's all anyone looks at",
// "people leave contracts and payslips out overnight and laptops sit
// unlocked", "new suppliers are signed up by whichever department wants
// them", "the product team decides what's good for them", "data for our
// models is whatever the team can get hold of", "how the pricing model
// works is a mystery to customers", "most of our systems share the same
// admin password", "complaints about the model end up with whoever reads
// it", "we hear about big attacks on the news", "the engineers assume it's
// product's job", "developers build what the product brief says", "the
// agency that builds our mobile app works entirely on its own", "it
// approves or rejects claims by itself", "our risk register covers
// internal systems and staff only", "the
// team reports whatever numbers the evaluation library spits out", "the two data scientists
// we've got were hired for reporting", "old hardware runs until
// it dies", "third-party models just
// get plugged in", "alerts just sit in the queue", "models are built by the data team alone", "people
// start fixing things straight away", "it's all in the engineers'
// heads" ("it all lives in Dave's memory"), "every server keeps its own
// time", "teams sign up for whatever AI services they fancy", "it just
// happens in notebooks", "some of it was scraped years ago", "whoever
// builds it decides as they go", "everything is treated the same" (or
// "it's all treated alike", or "a board paper and a lunch menu look
// exactly the same"), "cleaners and delivery drivers wander in and out",
// "auditors get admin accounts for as long as they like", "network
// cables run loose across the warehouse ceiling", "when it goes down,
// orders stop until it comes back", "we pick AI vendors on price and
// features", "everything is fixed in whatever order tickets arrive",
// "people started using it and we went from there", "we use several
// pre-trained models from public hubs", "our internal services talk to
// each other over plain HTTP", "they figure them out themselves", "the
// team assumes it works everywhere", "we patch when Microsoft tells us
// to, if we notice" (but "…, if they remember" is ad hoc, not absence),
// "the models run and that's that", "every model gets
// prepared however its builder likes", "models go into production
// straight from a data scientist's laptop", "risk for us only means
// downside", laptops that "come and go with people", requirements that
// are "whatever the client says", "people pick up what needs doing",
// "whoever wants one signs up with a company card", "each team does
// whatever seems sensible", "speed to market is the only goal",
// "whatever's on fire gets attention" (or "it's whatever comes up"), "only the two data scientists who
// built it ever had a say", "the data team builds what they find
// interesting" (or "what they think is wanted"), "once a model ships we move on", "we keep every
// customer's personal data forever", "we build first and ask questions
// later", "it answers whatever people ask", "if the demo works, that's
// good enough", "when people leave, they usually keep their laptops"
// (or "people keep every permission they've ever had"),
// "only the data scientists do", "sales sells them for whatever a client
// wants", "anyone with a laptop can run admin tools", "whatever comes
// out of the export is used as is", "customer files go out as plain
// email attachments", "the engineer just flips the switch", "if
// customers use them, they must be fine", "old records pile up on the
// shared drive", "we train on whatever we've got", "developers work
// directly on the production database", "people collect access as they
// move around" (or "collect more as they move around"), "we fix it and move on", "a board paper and the lunch
// menu get the same treatment", "it just seemed to work in the demo",
// "every project is different", "the model acts on its own", "laptops
// leave the office with whoever takes them", "it's whoever is loudest",
// "the model is a black box to us", "staff run admin tools freely",
// "data gets fed into training however it arrives", "we pull models
// from the internet and use them straight away", "whatever they source
// is what we get", "the builders mark their own homework", "we build it
// and see", "people ship what works", "we run scans against production
// whenever" (said last), "the product team decides" (said
// alone), "people go wherever
// they want online", "we bought a DLP
// licence" (beside "it's never been switched on"), "it's open to the
// whole company", "after go-live, the model just runs", "our network
// services come from a local provider" (beside "security isn't part of
// the contract"), "it approves and declines applications on its own",
// "data goes into training as it comes out of the source systems",
// "it's just whatever the cloud account has", "it's left to the
// developers" (beside "has never taken any responsibility"), "the
// notebooks are all we have" (beside "there's no technical
// documentation"), "if a vendor's model is useful, we use it" (beside
// "there's nothing in place"), "only the people who built the models
// know why" (beside "none of our model design decisions are written
// down"), "we treat every AI use the same" (beside "nobody has ever
// decided"), reports that "just sit in the shared inbox" (beside "we've
// never had a way to sort" them), "people use it for whatever suits them"
// (beside "there are no goals"), "when something stops working we replace
// it" (beside "nobody maintains" it), a scope that "grows as customers
// ask" (beside "we've never defined" it), "a board paper and a
// marketing flyer sit side by side on the same drive" (beside "nothing we
// hold is classified") and "it went out as soon as it
// worked on a laptop" (beside "we haven't thought about how we'd test"),
// "if it comes bundled in a product, it's in" (beside "we've got nothing
// that covers" it), "the drives keep filling up" (beside "old files never
// get deleted"), "alerts come in" (beside "nobody analyses them") and
// "we go by whether customers complain" (beside "there's nothing in place
// to measure"), "we take data from wherever we can get it" (beside "no
// one asks about the rights") and "models go to production whenever the
// developer decides they're ready" (beside "there's no release step"),
// "it's down to the individual engineer" (beside "nobody has set out"
// how), "we've had incidents" (beside "nobody has ever sat down
// afterwards") and decisions "made by the two founders alone" (beside "no
// one else gets a say"), and "it's all on the one laptop" (beside "we
// don't back anything up"), projects "run by engineers only" (beside
// "nobody from legal … is ever involved") and personal data "spread
// across spreadsheets and inboxes" (beside "nobody has worked out what we
// hold"): where a thing lives, in one place or in many; and "we're fully
// compliant on continuity" (beside "we've never thought about security
// during an outage"), a claim with nothing done behind it; data "bought
// from brokers" (beside "no one checks the licence terms") and contracts
// "signed by whoever needs the service" (beside "we don't have any
// supplier risk programme"), and teams that "sign up for cloud services
// on their own cards" (beside "nobody keeps track of which ones we
// use"), and "if its disk fails, the files are gone" (beside "never been
// backed up"), a loss told as what would follow, and "it comes out of
// whatever IT has left" (beside "security gets no budget"), and "buying
// is left to each department" (beside "there's no supplier security
// programme"), and "people work from cafés and home on personal laptops"
// (beside "nobody has set any rules for it"), and "whatever ships fastest
// wins" (beside "nobody pushes back"), and servers set up "however the
// engineer on the day prefers" (beside "there's no baseline"), "each
// engineer does it differently" (beside "there are no standards"),
// cables that "run wherever the electrician found room" (beside "nobody
// has thought about whether they could be tapped"), suppliers "signed
// on the strength of a sales pitch" (beside "there's no assessment"), card
// numbers that "show up in full in every test environment" (beside
// "masking has never been set up"), an office manager who "can create a
// supplier, approve its invoice and release the payment all on her own"
// (beside "nothing splits those steps"), models built "however the
// sprint goes", suppliers signed "first" with their security thought about
// "later, if at all" (beside "nothing is checked before the contract"),
// "two engineers decide everything"
// (beside "legal, ops and customers never come into it") and
// "only engineers ever work on our AI" (beside "nobody from legal … is
// involved"), "staff use their own phones and laptops for work" (beside
// "we have no idea what's on them") and "it's whatever comes up" (beside
// "there's no order to which risks we deal with"). So are "every file we
// hold is treated alike", "… sit in the same open share", "the loading
// bay door stays open all day" (after "no perimeter to speak of:"),
// models that "go live whenever the engineer who built them is happy" and
// "we take what the vendors ship" (beside "we haven't identified …"),
// "we sign up with new suppliers as soon as the business wants them"
// (beside "there's no assessment of any kind") and "it was built because
// a competitor had one" (beside "nobody ever wrote down what it is
// supposed to achieve"), and "each data scientist tests in their own
// notebook" (beside "none of our AI test sets or metrics is written
// down"), "alerts pile up in the inbox" (beside "there's no point at
// which an alert becomes an incident"), "new releases go to customers the
// moment the build is green" and "the pricing model runs unwatched"
// (beside "no one assigned to look at its output"), and "when a data
// scientist thinks a model is ready, it goes live" (beside "there are no
// deployment criteria"), and a chatbot that "was meant for FAQs, but
// people use it for everything" (beside "nothing limits what our AI
// tools can be used for") (v360), and a test environment "loaded with a
// full copy of the customer database every Friday" that "contractors and
// interns have access to" (beside "nobody has ever suggested doing it
// differently") (v363), and AI resources that are "all just wherever the
// team put it" (beside "we don't record what resources our AI systems
// use") (v364), and training data that "is wherever each data scientist
// downloaded it to" (beside "there's no record of what we hold") (v379), and people who "use the tools as they see fit" (as they
// like, want or choose; beside "there are no goals for how we use AI
// responsibly") (v377), and developers who "push straight to production
// whenever they're happy with a change" (beside "we've never had security
// reviews") (v392), and auditors and pen testers who "get full access to
// production whenever they turn up" (beside "nobody plans the tests")
// (v396). So is a question "left to each system's builders", beside
// "nobody has spelled out" who decides (v404). So are decisions "made by the
// engineering team alone", beside "no one from legal … has ever been part
// of them" (v408).
// So is a sandbox into which QA "pulls a fresh dump of the live billing
// tables" every Monday (the active form of v363's copy loaded; since
// v435 its copy is copyOfLive, overbroad's), beside
// "protecting test data has never been on anyone's list", and so are
// suppliers "chosen for cost and how slick the demo looked" (the
// passive of "we pick AI vendors on price and features", one
// alternative), beside "their stance … was never asked about" (v431).
// So are data that "whoever trains pulls from wherever" (beside "we
// don't really keep track"), a UPS that beeps "and ppl just ignore it"
// (beside "nobody services the office kit"), and decisions "made by the
// two ML engineers, that's it" (as "… alone", beside "nobody from
// legal … has a say") (v432).
// So are cables that "just run along the floor and over the racking"
// (as loose ones do) and kit installed as "whatever arrives from the
// reseller", beside "nobody checks" (v433).
// So are choices "known only to the engineers concerned" (understood
// only by), beside "are not recorded" (v434).
// So are devs who "test their changes on the production box" (the
// object named, "directly" no longer needed), tokens "left on whatever
// defaults the apps shipped with", and work "done on top of people's
// day jobs", each beside a denial; and "there's only the one
// environment" denies a separate one (deniedCheck, and overbroad, so
// that it denies said alone) (v435).
// So are "every dev laptop has psexec, nmap, the lot" (every device
// has everything) and "whatever the raw export gives us goes straight
// into training" (up to seven words before "goes straight"), and "no
// definition of when an alert becomes an incident" denies one (v436).
// So are steps one person does "all from his login" (or on her own, by
// himself) after an "and", beside "nobody's ever split that up"; asking
// "whoever built it" (set it up, owns it), beside "no tech docs";
// "people guess"; a team that "is just the two engineers", beside "no
// users"; and "that's as far as anyone thinks about it", beside "never
// looked" (v438).
// (A room that "is in the basement and the river is near", read here
// beside a denial in v439, is a place told alone: see interjection.)
// So is "incident
// gets closed and everyone moves on", beside "we don't do lessons
// learned" (v441). So are staff who "take laptops home and to client
// sites", beside "we've never set any rules for kit off the premises",
// and "whether risks get looked at at all depends on who … is running
// the project", beside "never been written up as a process" (v443). So
// is "we start building as soon as someone has an idea", beside "none
// written" (which now denies, v444). So are people who "just work in
// chat and on their own laptops", "the same three engineers" deciding,
// and developers who "assess their own models", beside a denial of the
// control ("nobody keeps a record", "nobody from other backgrounds is
// brought in", "nobody outside the team has ever reviewed one", v448).
// So are test environments that "get full copies of customer data",
// beside "nobody masks or deletes anything" (v452).
// So are models "released on completion of development", beside
// validation that "is not undertaken", and decisions "left to the
// development teams", beside leadership that "has not assumed
// responsibility" (both now deny, v449). So are decisions that "live in
// people's heads and old chat threads", beside "nobody records how our AI
// systems were designed" (what lives there may be named; steps in one
// named person's head say someone does it, v469).
// So is what is said first to be all there is: "All we have for cabling
// is a tangle of patch leads", "All there is on … goals is an empty wiki
// page", "The only scope our chatbot has is whatever the prompt …",
// "The only protection from fire or flood is …", beside a denial (v501).
// So are a ticket closed "and that's the end of it", a colleague's
// claim put right as "Dan means we demo it to the sales team", a tool
// that "emails whoever set it up" and feedback that "gets a canned
// reply", beside a denial (v502). So is a team that "has one AWS
// account for everything" (subscription, cluster, environment) (v503).
// In a table's row, each cell is read on its own ("Scoring | everyone
// guesses", "Who decides | whoever finishes it", "Why we chose the model
// | in Ana's head"), beside a denial (v504). So are complaints that
// reach support "and they stay there" (v505).
// So, beside a denial, are "…, and the only evaluation is accuracy over
// the whole test set" (the only thing after a clause before it), "…,
// the services share one API key" after a comma, "each data scientist
// has their own conda env", "the pipeline is literally npm test and a
// deploy script" (basically) and "taking on a vendor means adding a row
// to a spreadsheet" (what a process amounts to, v509). So are "every model
// we've built is still up" (running, live, in use), "the training data
// was scraped from forums" (downloaded, bought) and "the model goes from
// training onto the line" (into production, to customers) (v510). So are
// "customer records from 2012 sit in the CRM alongside this year's"
// (stay, remain; next to, beside), v511, and "the engineer who built both
// has moved on" (left, retired), v511. So, in a note beside "neither has ever
// had antivirus", is "Both were set up before my time" (years ago, before
// I joined): when the systems came, not a practice (v515). So, in a
// flow's steps (flowSteps), are "… → straight to work" (directly into,
// right onto) and data "copied as-is into the analytics warehouse"
// (loaded, dumped as is) (v516). So, beside "Nobody outside the team
// reviews our models", is "The people who build them are the only ones
// who look" (check, test) (v517). So, beside a denial, is a folder or
// page that "is an empty folder" ("was created last year and is still
// empty", a blank page) (v519).
var insteadOnly = mustPattern(`(?i)^\W*((once|when|after|if|then|so|rather than|instead of)\b[^,;]{0,40}?,?\s+)?([^.;]{0,80}\band (they|it) (just )?(stays?|sits?) there\W*$|(only |just |all )?in ([\w-]+'s|people's|someone's|their|his|her) (heads?|memor(y|ies)|inbox|notebook)\W*$|whoever (finishes|builds|wrote|writes|built|made|makes|set up|sets up|gets to) (it|them|first)\W*$|[^.;]{1,100}\band (that's|that is) (the end of (it|that|the matter)|where it (ends|stops))\W*$|((?-i:[A-Z][a-z]+)|he|she|they|that) (means?|meant|is talking about|was talking about) (that )?(we|they|people|the team) (just )?\w+|([\w'-]+\s+){1,4}(emails?|pings?|messages?|alerts?|notif(y|ies)|pages?|texts?) whoever (set|built|wrote|made|configured|installed)( it| them)?( up)?\W*$|[^.;]{0,80}\bgets? (a |an )?(canned|stock|standard|template|templated|automatic|auto-?) (reply|response|answer|acknowledg(e)?ment)\b|([^.;]{0,80}, (and|but) )?(all (we|they|i|the team) ('ve got|have got|have|has|had|got|keep|kept)|all (there is|there's|that exists)|the only ([\w-]+ ){1,2}(we|they|it|our [\w-]+|the [\w-]+)( [\w-]+)? (have|has|had|'s got|has got|keep|keeps|gets?)|the only ` + soleStandIn + `)( (for|on|about|in|against|from|over) [^.;,]{1,50}?)? (is|are|was|were) |([\w'-]+\s+){1,4}(get|gets|got|receive|receives|hold|holds) (a |an )?(full |complete |raw |unmasked |exact |straight )?(copy|copies|clone|clones|dump|dumps) of (the |our )?(production|prod|live|real|customer)\b|([\w-]+ ){1,3}(are|is) (released|deployed|shipped|launched|put live) (on|upon|at) (completion|the end) of\b|(such |these |those |the )?([\w-]+ ){0,2}(decisions|calls|choices|matters|questions)( [\w-]+){0,3} (are|is) (left|delegated|passed) to\b|((during|in|for|on) [\w -]{1,30},? )?(people|staff|everyone|everybody|they|we|engineers|developers|the team) (just|simply) (work|works|do|does|use|uses|keep|keeps|chat|chats|talk|talks|go|goes)\b|(the same|just the same|only the same) (\w+ ){0,2}(people|engineers|developers|data scientists|staff|team|folks|individuals|managers)\b|(the |our )?([\w-]+ ){0,2}(developers|engineers|builders|teams|owners|data scientists|modellers) (assess|review|check|test|validate|audit|approve|mark|sign off) (their|its) own\b|(it's|it is|they're|they are|everything's|everything is)( all)? (just |simply |only )?(wherever|whatever|however) ([\w-]+ ){0,3}(put|left|saved|stored|dumped|kept|set up|chose|picked)( it| them)?\W*$|([\w'-]+\s+){1,5}(is|are|sits?|lives?) (just |simply |only |all )?wherever ([\w-]+ ){1,4}(put|left|saved|stored|dumped|kept|downloaded|copied|uploaded|dropped)( it| them)?( to| in)?\W*$|([\w'-]+\s+){1,4}(is|are|gets?|was|were) (loaded|filled|populated|seeded|refreshed|copied) (with|from) (a |an )?(full|complete|live|straight|raw|unmasked|exact)( [\w-]+)? (copy|copies|dump|export|clone) of\b|([\w'-]+\s+){1,4}(pulls?|pulled|copies|copied|loads?|loaded|takes?|took|restores?|restored|clones?|cloned) (a |an )?((fresh|nightly|weekly) )?` + copyOfLive + `|(contractors|interns|temps|everyone|everybody|anyone|all staff)( and (contractors|interns|temps|students|visitors))? (have|has|get|gets) (full |open )?access to (it|them|this|that|everything)\W*$|(when|whenever|once|as soon as|the moment) (the |a |an |our |their )?([\w-]+ )?(developer|engineer|data scientist|builder|owner|team|someone|somebody|he|she|they)( (who|that) [\w-]+( [\w-]+)?)? (decides?|decided|thinks?|thought|feels?|felt|reckons?)\b[^,;]{0,60},\s*(it|they|the [\w-]+)( just)? (goes|go|went|gets? (deployed|released|shipped)|is (deployed|released|shipped)|ships?)( live| out| to production| into production)?\W*$|([\w'-]+\s+){1,3}(use|uses|used) (it|them|the [\w-]+) for (everything|anything|all sorts)\W*$|(the |our |this |that |it )?([\w-]+ ){0,3}(was|were) (only )?(meant|supposed) (for|to)\b[^,;]{0,60}$|[^.;]{0,120}\bby (trial and error|guesswork|luck)\W*$|([\w'-]+\s+){1,4}(on|with|from) whatever (the |our |their )?([\w-]+ ){0,2}(holds?|has|have|contains?|gives?|provides?|stores?|spits? out)\b|(every|each|all( the| our)?) ([\w-]+ ){0,2}[\w-]+ (has|have|keeps?|gets?) ([\w-]+ ){0,12}on (their|his|her|its) (own )?(laptops?|machines?|desktops?|pcs?|phones?)\b|(if|when|once|as long as) (it|they|something|anything|an? [\w-]+|the [\w-]+) (seems?|looks?|sounds?|feels?) ([\w-]+ )?(useful|good|fine|promising|valuable|worthwhile|handy|helpful|ok|okay|cool|interesting),? (we|they|people|teams?) (just )?(build|ship|use|buy|deploy|launch|release|adopt|go ahead|roll (it|them) out)\b|([\w'-]+\s+){1,8}(on|by) (enthusiasm|hype|excitement|a whim|whim)\W*$|(([\w'-]+\s+){1,6}(is|are|sits?|runs?)|([\w'-]+\s+){0,5}[\w-]+'s) (just |simply )?(plugged|wired) (straight |directly )?into (the same|an ordinary|a normal|a regular|a standard|the nearest|any) ([\w-]+ ){0,2}(socket|outlet|power strip|extension( lead| cord)?)\b|([\w'-]+\s+){1,4}(was|were) (originally |first )?(built|designed|made|bought|meant|intended|trained) (to|for) [^.;]{1,60}\band (it|they) (now|since|has since|have since) (also )?(decides?|decided|handles?|scores?|ranks?|sets?|picks?|chooses?|approves?|runs?|drives?|feeds?|is used|are used|gets used)\b|([\w'-]+\s+){1,3}(start|starts|started|begin|begins|began|get (going|started|approved|funded)|gets (going|started|approved|funded)|happen|happens) (just )?because (a |the |some |one |our )?([\w-]+ )?(team|person|manager|engineer|developer|executive|exec|someone|somebody|people) (gets?|got|is|was|are|were|feels?|felt) (really |very |so )?(excited|keen|enthusiastic|interested|curious|impressed)\b|([\w'-]+\s+){1,6}and (just )?(hope|hopes|trust|trusts|assume|assumes) (that )?(they|it|he|she|that|this|everything|the [\w-]+) (covers?|handles?|works?|takes? care of|knows?|sorts?)\b|the only ` + soleAim + ` (anyone|anybody|we|they|people|leadership|management)( [\w-]+){0,2} (mentions?|talks? about|cares? about|asks? (about|for)|wants?) (is|are)\b|whoever ([\w-]+ ){1,6}(does|do|handles?|decides?) (what|whatever) (is |'s )?(needed|needs doing|comes up)\b|([\w'-]+\s+){0,4}(get|gets|got|receive|receives|received|are sent|is sent|were sent|was sent) (their |a |the |his |her )?([\w-]+ ){0,2}` + credentials + ` (emailed|texted|by (e-?mail|text|sms))\b|[^.;]{0,80}\b(all|everything|the only thing|what) (we|they|i|anyone|anybody) (know|knows|have|has|understand|understands)( about (it|them))? ((is|comes from) (what|whatever|from)|comes from (the|a|an|our|some|whatever|whoever))\b|(we|they|people|staff|everyone|everybody|i|engineers|developers|devs|teams|admins|users|analysts|scientists|someone|somebody|whoever|the \w+ team)\s+(just|simply|only)\s+\w+|([\w-]+\s+){1,4}(just|simply)\s+(runs?|ran|carr(y|ies|ied) on|keeps? (going|running))\W*$|(it's|it is|they're|they are|that's)( just| simply| basically)? whatever (the |our )?([\w-]+ ){0,2}(has|had|gives?|gave|came with|comes with|provides?|offers?)\W*$|(it's|it is|that's|that is|they're|they are|[\w-]+( [\w-]+)? (is|are))( just| simply)? (left (to|with)|(all )?down to) (the |our |each |individual )?[\w-]+( [\w-]+)?\W*$|([\w-]+\s+){1,4}(is|are|was|were) (all|the only (thing|things|record|records)) (we|they|i|the team) (have|has|had|keep|kept|'ve got|have got)\W*$|(we|they|people|teams|staff) (just )?(use|buy|adopt|take|deploy|run|go with) (it|them|that)\W*$|([\w'-]+\s+){1,6}(was|were) (originally |only )?(hired|brought in|taken on|recruited|employed) (for|as|to do) \w+|[^.;]{1,120},? (which|that) (everyone|everybody|we|people|staff|the team|they) (treats?|counts?|calls?|thinks? of|regards?|sees?) as (the|a|an|our) ([\w-]+ )?[\w-]+\W*$|([\w'-]+\s+){1,4}(came|comes|shipped|ships|arrived) with (a|an|its|the|some) ([\w-]+ ){0,2}[\w-]+\W*$|(there's|there is|we have|we've got) (only )?(one|a single) ([\w-]+ )?(environment|server|network|copy|account|database|machine)( and (it's|it is) (live|production|prod))?\W*$|([\w'-]+ ){1,3}(has|have) (only |just )?(one|a single) ([\w-]+ ){0,2}(environment|account|subscription|cluster|project|database|server) for (everything|all of it|the lot|all three)\W*$|([\w'-]+\s+){1,3}(treats?|treated|handles?|handled) (them|it|those|these|the [\w-]+)( [\w-]+)? (like|as|the same as) (any|every) (other|ordinary|normal) [\w-]+( [\w-]+)?\W*$|(the|our|their) (contract|agreement|terms)( with them)? (is|are) (just |only )?(a |the |their )?(standard|generic|off-the-shelf|boilerplate|vanilla) ([\w-]+ ){0,2}(licen[cs]es?|contracts?|agreements?|terms|templates?)\W*$|(we|they|people|teams|staff) (just |simply )?(use|take|accept|run|deploy|go with) (what|whatever) (the |our |each )?([\w-]+ )?(vendors?|suppliers?|providers?|manufacturers?|makers?) (ships?|shipped|sends?|sent|gives?|gave|provides?|provided|supplies|supplied|delivers?|delivered|offers?|offered)\b|only (the )?([\w-]+ ){0,3}(who|that) (built|wrote|made|trained|designed|set up) (it|them|the [\w-]+) (know|knows|remember|remembers|understand|understands)\b|(it|they|the ([\w-]+ )?(models?|systems?|ai|bots?|agents?|tools?|algorithms?)) \w+s( (and|or) \w+s)? ([\w-]+ ){0,2}(on (its|their) own|by (itself|themselves))\W*$|([\w'-]+\s+){1,8}(works?|worked|operates?|runs?) (entirely |completely |totally |wholly )?(on (its|their|his|her) own|by (itself|themselves))\W*$|([\w'-]+\s+){1,4}(covers?|includes?|lists?) ([\w-]+ ){1,4}(only|alone)\W*$|([\w-]+\s+){1,4}(goes|go|went|gets? (fed|put|loaded|pushed)|(is|are) (fed|put|loaded|pushed)) (in|into|to) ([\w-]+ ){0,2}as (it|they) (comes?|came|arrives?|arrived)( (out|in|off))?\b|([\w-]+\s+){1,4}((comes?|came) from (a|an|one|the|our|some)|(is|are|was|were|gets?|get|got) (bought|purchased|sourced|obtained|acquired) from( (a|an|one|the|our|some))?) ([\w-]+ ){0,2}(providers?|vendors?|suppliers?|isps?|company|companies|firms?|resellers?|telcos?|contractors?|brokers?|marketplaces?)\W*$|([\w-]+\s+){1,4}(just|simply)\s+(get|gets|got|go|goes|went|are|is|happens?|happened|sit|sits|sat|wait|waits|waited)\s+\w+|([\w-]+\s+){1,4}(was|were)\s+(just|simply)\s+(switched|turned|plugged|put|rolled|pushed|thrown|bolted|dropped|installed|deployed|launched|bought|set)\b|([\w-]+\s+){1,7}(goes|go|went|gets|get|got|is|are|runs?|ran)( into [\w-]+| to [\w-]+| live)? (straight|directly|right) (into|onto|in|on|to|out|live|through|from|off)\b|[^.;]{0,20}\b(every|each|all( our)?) ([\w-]+ ){0,2}(laptops?|machines?|pcs?|workstations?|devices?|desktops?) (has|have|comes? with|carr(y|ies)|gets?) [^.;]{0,60}\b(the lot|the works|everything)\W*$|([\w-]+\s+){1,4}(work|works|worked|edit|edits|edited|develop|develops|developed|code|codes|coded|test|tests|tested|patch|patches|patched|fix|fixes|fixed|change|changes|changed|make changes|made changes)( (their|the|our|its|his|her) [\w-]+)? ((straight|directly|right) )?(in|on|against|into) (the )?(live|production|prod)\b|[^.;]{1,80}?\b(are|is|were|was) (just )?(left|kept|running|set) (on|at|with|to) (whatever |the |their |its )?(vendor |factory |out-of-the-box )?(defaults?|default settings)\b|[^.;]{0,40}\bon top of ([\w']+ ){0,2}day jobs?\b|([\w-]+\s+){1,4}(collect|collects|collected|accumulate|accumulates|accumulated|gather|gathers|gathered|pick up|picks up|picked up|rack up|racks up|racked up) ((more )?(access|permissions|rights|privileges|roles|entitlements)|more)\b|([\w-]+\s+){1,4}(come|comes|came|get|gets|got) in (through|via|from) (whoever|anyone|anybody|whichever)\b|([\w-]+\s+){1,6}by (the |our |a |one )?([\w-]+ ){0,2}(team|department|group|person|engineers?|developers?|lead|analysts?|scientists?|founders?|owners?|directors?|managers?|partners?|board|ceo|cto)( (alone|only|on (its|their|his|her) own|by (itself|themselves|himself|herself))|,? (and )?that's (it|all))\b|(we|they|people|staff|everyone|everybody|engineers|developers|teams|i)\s+([\w-]+\s+){0,10}(straight away|right away|immediately)\b|(honestly|frankly|basically|really)?,?\s*(it's|it is|they're|they are|that's|what we have is|what there is is) (just )?(a|an) (mix|mixture|jumble|hodgepodge|mess|patchwork|grab bag|bit) of\b|(the|our|its|their) ([\w-]+ ){0,2}[\w-]+ (just |simply |only |all )?(lives?|lived|sits?|sat) (only )?in (people's|someone's|their|everyone's) heads?\b|((it|this|that|everything|they)( all)? (just |simply |only )?(lives?|sits?|sat|exists?|stays?|stayed|resides?|lies|lie)|it's|it is|it all|everything's|everything is|that's|they're|they are) (all )?(just |only |still )?(in ((the|our|their|people's|someone's|his|her)( [\w-]+('s|'))?|[\w-]+'s) (code|heads?|memor(y|ies)|brains?|notebooks?|repos?|emails?|inbox(es)?|chats?|slack)|(in|on) (the|our|a) ([\w-]+ )?(inbox|mailbox|folder|drive|queue|spreadsheet|channel)|(on|in) (the |a )?(one|single|same) (laptop|machine|server|pc|computer|disk|drive|box|phone))\b|([\w'-]+\s+){1,4}(is|are|lives?|sits?|ends? up|ended up)( all)? (just |still )?(spread|scattered|strewn|dotted|sprinkled) (across|over|around|among|between|throughout)\b|([\w'-]+\s+){1,4}(stays?|stayed|sits?|sat|lives?|lived|remains?|remained|(is|are|was|were) (kept|left|stored|held)) (on|in|at|with|inside) ([\w-]+ ){0,3}(separately|apart|in isolation|on (its|their) own|in (separate )?silos?)\W*$|([\w-]+\s+){1,4}(only|just) (means?|covers?|includes?|counts?) [\w-]+\W*$|(each|every) ([\w-]+ ){1,2}(keeps?|runs? on|follows?|sets?|does|goes) (its|their) own( [\w-]+)? (time|clock|thing|way|rules?|schedule)\b|([\w'-]+\s+){1,6}however (the |each |whichever )?[\w-]+( (on|in|at|of) the [\w-]+)? (prefers?|fancies)\b|(people|staff|users|employees|everyone|everybody|they|teams|engineers|developers) (just )?(go|goes|browse|browses|surf|surfs|visit|visits|roam|roams|wander|wanders|connect|connects|save|saves|store|stores|put|puts|install|installs|download|downloads)( [\w-]+){0,3} wherever (they|he|she|people) (want|wants|like|likes|please|pleases|choose|chooses|fancy|fancies)\b|([\w'-]+\s+){1,10}as (people|they|he|she|we|you|anyone|staff|everyone|everybody|users|teams?) (like|likes|want|wants|choose|chooses|please|pleases|see fit|sees fit|think best|thinks best)\b|([\w'-]+\s+){1,10}(however|wherever|(for )?as long as|in (whatever|whichever) order) (people|they|it|he|she|we|you|anyone|staff|everyone|everybody|users|teams?|tickets|requests|jobs|(its|their|his|her|the) ([\w-]+ )?[\w-]+) (like|likes|want|wants|choose|chooses|please|pleases|see fit|sees fit|arrives?|arrived|comes?( in)?|came( in)?|lands?|landed|turns? up|turned up|goes|went|(found|finds|could find|had|has|have) (room|space|a (gap|spot|slot|space)))\b|([\w'-]+\s+){1,6}(whatever|whichever|what)( [\w-]+){0,2} (people|they|staff|everyone|everybody|users|teams|(a |the |our )?(clients?|customers?)) (like|likes|want|wants|choose|chooses|please|see fit|fancy|fancies|prefer|prefers|ask|asks|ask for|find (interesting|fun|cool|exciting|easiest|easy)|(think|thinks|reckon|reckons|guess|guesses|feel|feels) (is|are) (wanted|needed|best|right|useful))\b|(we|i|(the |our )?([\w-]+ )?team|people|everyone|everybody) (just )?(assumes?|presumes?|hopes?|takes? it) (that )?(the )?(vendor|supplier|provider|cloud|platform|they|someone|it|everything)\b|([\w-]+\s+){1,2}just (wanted|liked|decided|asked for) (it|one|them)\b|(people|staff|users|employees|everyone|everybody|teams|engineers|developers|operators|they) ([\w-]+ ){1,3}(themselves|on their own|by themselves)\s*$|(each|every) (project|team|department|group|site|squad|unit) ([\w-]+ ){1,2}(whatever|however) (it|they) (needs?|likes?|wants?|thinks?|sees? fit)\b|(each|every) ([\w-]+ ){0,2}(scientist|engineer|developer|analyst|admin|person|team|squad)s? ([\w-]+s) (in|on|with|from) (its|their|his|her) own\b|only (the |our )?([\w-]+ ){1,2}(are|is|get|gets) (involved|consulted|asked|included)\b|(we|they|i) (just )?(go|goes|went|going) (with (our|their|my|his|her) (own )?(ideas|gut|instincts?|assumptions|guess(es)?|hunch(es)?|feelings?)|by (whether|if|what|how|gut feel(ing)?|feel|instinct))\b|((it|that|this|they)('s| is| are|'re| gets?|get) )?(just )?(squeezed|fitted|shoehorned|crammed) in (around|between|alongside) (everything|anything|other (work|things|jobs)|(the|their|our) day jobs?)\b|(the|a|an|our|one|that|this) [\w-]+( [\w-]+)? (is|are) (the|our) only ` + soleStandIn + `\b|((we're|we are) (a )?(small|tiny)( \w+)?,? )?(we|everyone|everybody)( all)? knows? what to do\b|((everything|all (of )?(it|them|our [\w-]+)|every [\w-]+( (we|they|i|you) [\w-]+)?)('s| is| are| gets?| get)|(it|they)('s| is| are|'re) all) (just |simply )?treated (the same|alike|equally)\b|(we|they|i) (just |simply )?(treat|handle) (everything|all (of )?(it|them|our [\w-]+)|every ([\w-]+ ){0,2}[\w-]+) (just )?(the same|alike|equally)\b|(we've|we have|we|they've|they have|they) (had|have had|seen|have seen)( a few| some| several| a couple of| plenty of| lots of)? ([\w-]+ )?(incidents|breaches|outages|problems|issues|attacks|complaints|failures|near misses)\W*$|([\w'-]+\s+){1,8}from wherever (we|they|i|people|someone) (can |could )?(get|find|grab|scrape|buy|download)\b|([\w'-]+\s+){1,4}(pulls?|takes?|grabs?|gets?|downloads?|scrapes?) ([\w-]+ ){0,2}from wherever\W*$|[^.;]*\b(people|ppl|everyone|everybody|we|they|staff) (just |simply )?(ignore|ignores|ignored) (it|them|the [\w-]+)\W*$|([\w'-]+\s+){1,4}(mark|marks|grade|grades|check|checks|review|reviews|test|tests|approve|approves|sign off|signs off) (their|his|her|its) own (homework|work|code|changes?|models?|tests?|results?)\b|(we|they|people|teams) (just )?[\w-]+ (it|them|things|stuff) and (see|hope|wait and see|find out|pray)\b|(it's|it is|they're|they are|everything's|everything is|things are|it's all|it is all)( just)?( all)? over the place\W*$|([\w'-]+\s+){1,4}(runs?|ran|keeps? (going|running)|stays? in use|(is|are|gets?|get) used) (until|till) (it|they) (dies|die|died|breaks?|broke|fails?|failed|falls? over|gives? out|stops? working)\b|([\w'-]+\s+){0,5}(and |then )?(we|they|you) (just )?(see|wait and see|find out) (how|what) (it|things|that|they) (goes|go|happens?|turns? out|works? out|lands?)\b|([\w'-]+\s+){1,6}whenever\W*$|(the |our )?([\w-]+ )?(team|lead|manager|engineers|developers|founders?|owner|ceo|cto|boss)( just)? (decides|decide|chooses|choose|picks|pick)( (alone|themselves|itself|on (its|their|his|her) own))?\W*$|(people|we|they|teams|engineers|developers) (just )?(ship|ships|release|releases|deploy|deploys|use|uses|build|builds) (what|whatever) (works|seems to work|runs|passes)\b|([\w'-]+\s+){0,6}(whatever|anything) ([\w'-]+ ){1,3}(is|'s) (what|all) (we|they|you) (get|got|use|take|end up with|have)\b|([\w'-]+\s+){1,6}by whoever (needs?|needed|wants?|wanted|asks? for|asked for|uses?|used|requests?|requested)\b|([\w-]+\s+){1,3}(come|comes|came|arrive|arrives|arrived|pour|pours|poured|flood|floods|flooded|roll|rolls|rolled) in\W*$|(if|when|once|as long as) (it|they|something|anything|an? [\w-]+|the [\w-]+) (comes?|came|arrives?|arrived|shows? up|turns? up|gets? bought)( [\w-]+){0,4},? (it's|it is|they're|they are) (in|allowed|accepted|fine|okay|ok|through|approved)\W*$|([\w'-]+\s+){1,8}(sit|sits|sat|live|lives|lived|are kept|is kept|are stored|is stored|are filed|is filed) ((side by side|next to each other|alongside each other|(all )?together) )?(on|in) (the )?same\b|([\w-]+\s+){1,4}(went|goes|go|got|gets|get|was|were|is|are) (out|live|shipped|released|deployed|into production|to production|to customers|to users)( [\w-]+){0,2} (as soon as|once|the moment|the minute|whenever) ((it|they) (worked|works|ran|runs|passed|compiled|looked (ok|okay|fine|good))|the build (is|was|goes|went|turns|turned) green|(the |a |our )?([\w-]+ )?(developer|engineer|data scientist|builder|owner|team|someone|somebody|he|she|they)( (who|that) [\w-]+( [\w-]+)?)? (decides?|decided|thinks?|thought|feels?|felt|says?|said|likes?|wants?|(is|was|are|were|'s|'re|feels?|felt) (happy|satisfied|content|comfortable|confident)))\b|([\w'-]+\s+){1,6}(get|gets|got|have|has|are given|is given|were given|was given) (full|unrestricted|unlimited|open|admin|root) access\b|([\w-]+\s+){0,3}(push|pushes|pushed|ship|ships|shipped|deploy|deploys|deployed|release|releases|released)( (it|them|code|changes|patches|updates|fixes|models|their (code|changes|work)))? (straight |directly |right )?(in)?to (production|prod|live|customers|users)( [\w-]+){0,2} (as soon as|once|the moment|the minute|whenever) (they're|they are|he's|she's|he is|she is|we're|we are) (happy|satisfied|content|comfortable|confident|done)\b|([\w'-]+\s+){1,6}(whatever|however|whichever)( [\w-]+)? (suits|pleases|works for|is easiest for|is convenient for|is handy for) (them|us|people|him|her|everyone|everybody|the team|each [\w-]+)\b|(when|if|once|whenever) (something|anything|it|they|one|a [\w-]+|the [\w-]+) (stops working|stop working|stopped working|breaks|broke|dies|died|fails|failed|packs up|packed up|wears out|wore out|gives out|gave out),? (we|they|someone|somebody|i|the [\w-]+) (just )?(replace|replaces|replaced|swap|swaps|swapped|buy|buys|bought|order|orders|ordered|bin|bins|binned)\b|(it|they|the [\w-]+( [\w-]+)?) (just )?(grows?|grew|changes?|changed|expands?|expanded|shifts?|shifted|evolves?|evolved|creeps?|crept|drifts?|drifted|keeps (growing|changing|expanding|shifting)) (as|when|whenever|with whatever|to whatever) ([\w-]+ ){0,2}(customers?|clients?|users?|people|sales|the business|someone|anyone|we) (ask|asks|asked|want|wants|wanted|need|needs|needed|request|requests|requested|demand|demands|go|go along)\b|whoever ([\w-]+ ){1,3}(decides?|chooses?|picks?|sets?|does|handles?) ([\w-]+ ){0,3}(as (they|he|she|we) go( along)?|on the fly|there and then|in the moment)\b|[^.;]*,? (if|when) (we|they|someone|somebody|anyone|i) (happen to |ever )?(notice|notices|spot|spots|see|sees)( it| them)?\W*$|([\w'-]+\s+){1,8}(is|are|'s|'re) (always |just )?the same ((\d+|` + numberWords + `|few|couple of|handful of) )?([\w-]+ )?(people|engineers|developers|person|staff|analysts|scientists|managers|names|faces) (every time|each time|whenever|every year|every project)\b|[^.;]*\b(the next|the only|the first) time (anyone|anybody|we|they|someone|somebody|people|management|leadership)( [\w-]+){0,2} (thinks?|looks?|hears?|asks?|worr(y|ies)|checks?|talks?)( about| at| into)?\b[^.;]{0,60}\b(is|was) (if|when|after)\b|[^.;]*\band that's (that|it|all|the end of (it|that|the matter|our (involvement|part|role|responsibility|job)))\W*$|([^.;]{0,100},\s*(and )?)?([\w'-]+\s+){0,6}(share|shares|shared) (the same|one|a single|a shared) ([\w-]+ )?(` + credentials + `|accounts?|keys?)\b|(each|every) ([\w-]+ ){0,2}[\w-]+ (has|have) (its|their|his|her) own\b|([\w'-]+\s+){1,6}(is|are) still (up|running|live|online|in use|in service|active|deployed|switched on)\b|([\w'-]+\s+){1,4}(who|that) (built|wrote|made|set up|designed|trained|ran|knew) ([\w-]+ ){0,3}(has|have|had) (since )?(moved on|left|gone|retired|quit)\b|([\w'-]+\s+){1,6}(sit|sits|sat|stay|stays|stayed|remain|remains|remained) (in|on) (the |our )?([\w-]+ ){0,2}[\w-]+ (alongside|next to|beside) \b|(the |our )?([\w-]+ ){0,3}(data|datasets?|corpus|corpora|images|texts?|records)( [\w-]+)? (was|were) (scraped|downloaded|grabbed|copied|pulled|bought)\b|([\w'-]+\s+){1,6}(goes|go|went|moves?|moved) (straight )?from ([\w-]+ ){1,2}(onto|into|to) (the )?(line|production|prod|live|customers?|users?|floor)\b|(the |our |their )?([\w-]+ ){0,2}[\w-]+ (is|are) (literally|basically) |[\w-]+ing\b[^.;,]{0,40}\b(means|amounts to) (just |only |simply )?[\w-]+ing\b|[^.;]{0,120}\b(end|ends|ended) up (with|in|on) (whoever|whichever|anyone|anybody|someone|somebody)\b|(we|they|i|people|staff) (just |only )?(hear|heard|read|find out|found out|learn|learnt|learned) (about )?([\w-]+ ){0,3}(on|in|from) the (news|papers|press|radio|tv|internet)\b|(the |our )?([\w-]+ )?(team|engineers|developers|devs|managers|product|ops|it|security|legal|data scientists)( team)? (just )?(assumes?|presumes?|thinks?|reckons?) (that )?(it's|it is) ([\w'-]+ ){1,3}(job|problem|responsibility|call|concern|area|department|business)\b|(people|we|they|teams|engineers|developers|devs) (just )?(build|builds|ship|ships|make|makes|do|does) (what|whatever) (the |a |our )?([\w-]+ ){0,2}(brief|spec|specification|ticket|customer|client|boss|manager|product owner) (says|asks for|wants|tells (them|us))\b|([\w'-]+\s+){1,6}(is|are|'s) (just )?(whatever|anything) (([\w'-]+ ){1,3}(can|could) (get|find|grab|scrape|buy|download)( hold of| (our|their) hands on)?|([\w'-]+ ){1,4}(take|takes|took|pull|pulls|pulled|grab|grabs|grabbed|copy|copies|copied|lift|lifts|lifted) (from|off|out of))\b|([\w'-]+\s+){1,4}(has|have|had) to (argue|fight|beg|lobby|plead|bid|make (a|the|its|their) case) for (it|them|money|funding|budget|a budget|each [\w-]+|every [\w-]+)\b|(the |our )?([\w-]+ )?(team|lead|manager|engineers|developers|founders?|owner|board|ceo|cto) (just )?((decides?|chooses?|knows?) (what's|what is) (good|best|right) for (them|people|users|customers|everyone|everybody)|(decides?|chooses?|works? out|guesses?) what (users|customers|clients|people|they|patients|citizens) (need|needs|want|wants|like|likes))\b|[^.;]*,? (and )?(that's|that is) all (anyone|anybody|we|they|people|staff|the [\w-]+) (ever )?(looks? at|checks?|sees?|reads?|gets?|knows?( about)?)\W*$|([\w'-]+\s+){0,4}(leave|leaves|left) ([\w'-]+ ){1,5}(out (overnight|all night|over the weekend|at night|on (their|the) desks?|in the open)|lying around|unlocked|unattended)\b|([\w'-]+\s+){1,4}(sits?|sat|stays?|stayed|are left|is left) (unlocked|unattended)\b|([\w'-]+\s+){1,4}(is|are|get|gets|was|were) ([\w-]+ )?(signed up|signed|onboarded|bought|chosen|picked|hired|taken on|approved|added|set up|installed) by (whichever|whoever|any) ([\w-]+ )?(wants?|needs?|asks?|likes?)\b|((senior )?(leadership|management|the board|the execs|executives|the executive team)|(the |our )?(board|ceo|cto|founders?|directors?)) (sees?|treats?|regards?|views?|thinks? of) (ai|it|security|risk|this|that|[\w-]+ risks?) as (an? |the |purely |just |only |mainly |mostly )?([\w-]+ ){0,2}(matter|problem|issue|thing|job|concern|question)\b|(some|most|all|much|part|half|a lot|lots) of (it|them|the [\w-]+) (was|were|came|got) ([\w-]+ ){0,2}(scraped|downloaded|bought|copied|grabbed|pulled|taken|collected|found|picked up)\b|([\w-]+\s+){0,3}(come|comes|came) and (go|goes|went)\b|(each|every) ([\w-]+ ){0,2}[\w-]+ (does|do|did|handles?|runs?|sets?) (it|them|things)( [\w-]+)? differently\b|(each|every) ([\w-]+ ){0,2}[\w-]+ (decides?|chooses?|works? out|makes? up (its|their) own mind) (for (itself|themselves)|on (its|their) own)\b|([\w'-]+\s+){1,4}(is|are|gets?|get) (looked at|read|handled|treated|analy[sz]ed|seen) (in isolation|on (its|their) own)\W*$|only (the |our )?([\w-]+ ){0,2}(engineers?|developers?|devs?|people|founders?|scientists?|managers?|(sys)?admins?|administrators?|analysts?|leads?|owners?|architects?|the [\w-]+ team)( (who|that) [^.;,]{1,50}?)?( ever)? ((work|works|worked|look|looks|decide|decides) on|(decide|decides|decided|choose|chooses|chose|set|sets|define|defines|defined|pick|picks|picked) (its|their|the|what|how|which))\b|(people|staff|employees|everyone|everybody|we|they|admins|engineers|developers|users) (just )?([\w-]+( [^\s.;,]+){0,4} on|uses?|brings?) (personal|their own|private|home) (\w+ (and|or) )?(laptops?|devices?|phones?|computers?|machines?)\b|([\w-]+\s+){0,3}(comes?|came|is paid|gets? paid|is funded) (out of|from) whatever ([\w-]+ ){0,3}(has|have|had|is|are)( got)? (left|left over|spare|to spare|remaining)\b|(if|when|whenever|once|should) ([\w'-]+ ){1,4}(fails?|failed|dies|died|breaks|broke|crash(es|ed)?|goes down|went down),? ([\w-]+ ){0,3}(([\w-]+('s|'re)|[\w-]+ (is|are|would be|will be))( all)? (gone|lost)|(stop|stops|stopped|halt|halts|wait|waits|freeze|freezes) until (it|they|the [\w-]+) (comes?|came) back)\W*$|([\w'-]+\s+){1,6}(is|are|'s) (just )?whatever (the |our |a )?([\w-]+ )?(client|customer|business|user|boss|manager)s? (says?|said|asks? for|asked for|wants?|wanted|tells? us|told us|demands?)\b|(people|staff|everyone|everybody|whoever|someone|somebody|we|they) (just )?(picks? up|do|does) (what|whatever) (needs?|comes)( doing| up| along)?\b|(teams|people|staff|departments|engineers|developers|everyone|everybody|anyone|anybody) (just )?(sign up|signs up|buy|buys|pay|pays|subscribe|subscribes) (for|to) ([\w-]+ ){0,3}(on|with) (their|his|her|a|the) (own )?(company )?(cards?|credit cards?|expenses|budgets?)\b|whoever (wants|needs|likes) (one|it|them|something|a [\w-]+) (just )?(signs? up|buys?|gets?|grabs?|installs?|downloads?|pays? for|sets? (it |one |them )?up)\b|([\w'-]+\s+){1,6}(whatever|what) (seems|feels|looks) (sensible|right|best|fine|reasonable|ok|okay|good)\b|([\w'-]+\s+){1,4}(is|are) (the|our) only ` + soleAim + `\b|([\w'-]+\s+){1,6}whatever ([\w-]+ )?(the|our|its|their) ([\w-]+ ){0,2}(tools?|librar(y|ies)|vendors?|platforms?|software|systems?|models?|frameworks?|dashboards?|scripts?|packages?) (spits? out|gives?|produces?|outputs?|reports?|shows?|returns?|generates?|prints?)\b|(whatever|whichever [\w-]+|whoever) ([\w-]+ ){0,2}(wins|gets (picked|chosen|through|done|funded))\W*$|((it's|it is|that's|that is|it goes to|it depends on) (just )?|([\w'-]+\s+){1,6}(at|to|on|for) )?(whatever|whichever [\w-]+|whoever)('s| is)? ([\w-]+ ){0,2}(on fire|burning|loudest|noisiest|shouting( loudest)?|screaming( loudest)?|most senior|most persistent|closest|comes? (up|along)|crops? up|turns? up|lands?)\b|only (the |our )?([\w-]+ ){1,6}(ever )?((had|have|has|get|gets|got) (a say|any say|input|a voice|a vote)|(weigh|weighs|weighed) in)\b|(we|they|everyone|everybody|people|the team) (just |simply )?(([\w-]+ ){1,3}(and|then) )?(move on|forget (about )?(it|them)|walk away|get back to (work|business|normal|it)|go back to (work|business|normal)|carry on)\b|([\w'-]+\s+){1,8}(get|gets|got|receive|receives|received|are given|is given) (just |exactly )?the same (treatment|handling|protection|labels?|level)\b|[\w'-]+( [\w'-]+){0,3} and ([\w'-]+ ){1,4}(look|looks|looked) (exactly |just |much )?(the same|alike|identical)\b|[^.;]{0,80}\b(wander|wanders|wandered|walk|walks|walked|stroll|strolls|strolled|pop|pops|popped) in and out\b|([\w'-]+\s+){1,8}(run|runs|ran|lie|lies|lay|hang|hangs|hung|trail|trails) (loose|exposed|unprotected|in the open|(just )?(along|across|over) the (floor|ceiling|racking|desks?|walls?))\b|(we|they|teams?|people) (just |simply )?(sign up|sign|onboard|take on|buy from|contract with|engage)( with)? ([\w-]+ ){0,3}(as soon as|whenever|the moment|once) ([\w-]+ ){0,3}(wants?|wanted|asks?( for)?|asked( for)?|needs?|needed|likes?|liked)\b|(it|they|the [\w-]+( [\w-]+)?) (was|were) (built|bought|made|launched|started|adopted|added) (just |only )?because (a |an |our |the )?(competitors?|rivals?|everyone( else)?|ceo|board|someone|somebody)( [\w-]+)? (had|has|wanted|did|asked|liked|loved|likes)\b|([\w'-]+\s+){0,4}(doors?|gates?|entrances?|shutters?|fire exits?) (stays?|stayed|is left|are left|was left|were left|is kept|are kept|remains?|sits?|is propped|are propped) (wide )?open\b|([\w-]+\s+){1,4}(talk|talks|connect|connects|communicate|communicates) (to|with) (each other|one another)( [\w-]+){0,2} (over|by|in) (plain|unencrypted|open)\b|((we|they|people|teams?) (just |simply |only )?(pick|picks|choose|chooses|select|selects|buy|buys) ([\w-]+ ){0,3}(on|by)|([\w'-]+\s+){1,4}(are|were|is|was|get|gets|got) (just |simply |only )?(picked|chosen|selected|bought) (on|by|for)) (price|cost|features|looks|brand|convenience)( and (price|cost|features|looks|brand|convenience|how [^.;,]{1,40}))?\W*$|[^.;]*\b(we|they) (just )?(went|go|took it|take it) from there\W*$|(we|they|teams?|people) (just )?(use|uses|run|runs|pull|pulls|download|downloads) ([\w-]+ ){0,4}(from|off) (public|open|online|community) ([\w-]+ ){0,1}(hubs?|repos(itories)?|registries|sites?|sources?)\W*$|(it|they|that|this|the [\w-]+) (just )?(` + looksFine + `|(seemed|seems|looked|looks) to work)\b|([\w'-]+\s+){0,6}(keep|keeps|kept|retain|retains|store|stores|hold|holds)\b[^.;]{0,40}\b(forever|indefinitely|for ever|for good)\b|(we|they|people|teams?) (just )?([\w-]+ ){1,2}first and (ask|think|worry|check)( [\w-]+){0,3} later\b|[^.;]*,?\s*(that's|that is|it's|it is) (good enough|enough|all we need|all it takes)\W*$|(they|people|staff|leavers|movers|employees|users) (usually |often |mostly |just |simply )?(keep|keeps|hold on to|holds on to|take|takes|walk off with) (their|the|its|company|our|every|all( of)?( their)?) ([\w-]+ )?(laptops?|devices?|phones?|equipment|kit|badges?|keys|cards|access|accounts?|permissions?|rights|privileges|roles)\b|only (the |our )?([\w-]+ ){1,3}(do|does|did)\W*$|(anyone|anybody|everyone|everybody)( (with|in|on|at)( [\w-]+){1,3}| here)? can \w+|(staff|people|users|employees|every(one|body)|any(one|body)|teams|admins|engineers|developers|devs|contractors) ([\w-]+ ){1,4}(freely|at will)\b|([\w'-]+\s+){0,8}(is|are|gets?|get) (used|taken|shipped|deployed|loaded) (just )?as (is|it is|they are)\b|([\w-]+\s+){1,4}(go|goes|went|are sent|is sent|get sent|gets sent) (out )?(as|in|by|over) (plain|ordinary|normal|unencrypted|open)\b|([\w'-]+\s+){0,6}(just|simply) (flips?|flicks?|presses|press|hits?|pushes|push|clicks?) (the |a )?(switch|button|deploy|go|it live)\b|[^.;]*,?\s*(they|it|that|this)('s| is| are|'re)? must be (fine|ok|okay|good|alright|all right|safe)\W*$|([\w-]+\s+){1,4}(pile|piles|piled|build|builds|built|stack|stacks|stacked|fill|fills|filled|filling) up\b|(each|every) ([\w-]+ ){0,2}[\w-]+('s| is) (different|unique|a one-off|its own (thing|case))\b|([\w'-]+\s+){1,6}with whoever (takes?|took|wants?|wanted|grabs?|grabbed|needs?|needed)( (it|them|one))?\b|([\w'-]+\s+){1,6}(is|are|'s) (just |basically |really )?(a |an )?(complete |total )?(black[- ]box(es)?|mystery|mysteries|blank|blind spot|black hole)\b|(they're|they are|it's|it is|those are)( just| still)? the ([\w-]+ )?(ones?|metrics?|tests?|settings?|defaults?) (the|our|a|some) ([\w-]+ ){0,3}(picked|chose|set|wrote|left|used)\b|([\w'-]+\s+){1,6}(show|shows|showed|shown|appear|appears|appeared|sit|sits|are|is|go|goes|went) (up )?(in full|in (plain|clear) ?text|in the clear|unmasked|unredacted)\b|(one|two|three|a few|a couple of|a handful of|the) ([\w-]+ )?(engineers?|developers?|people|founders?|data scientists?|managers?|admins?) (decide|decides|control|controls|choose|chooses) (everything|it all|all of it)\b|([\w'-]+\s+){1,4}(can|could) [^.;]{0,80}\ball on (her|his|their|its) own\W*$|[^.;]{0,120}\band [^.;,]{1,60}, all (?:on (?:her|his|their) own|by (?:him|her|them)sel(?:f|ves)|(?:from|on|under|with|through|using) (?:her|his|their) (?:own )?(?:[\w-]+ )?(?:login|log-in|account|user|username|id|credentials|access))\W*$|(?:you|we|they|people|ppl|staff|everyone|everybody) (?:just )?(?:ask|asks|check with|go to|goes to|message|ping) whoever (?:built|wrote|made|trained|set up|set (?:it|them) up|owns|owned|runs|ran)(?: (?:it|them|the [\w-]+))?\W*$|(?:people|ppl|we|they|everyone|everybody|staff|the [\w-]+) (?:just |simply |mostly )?(?:guess|guesses|guessed|wing it|wings it|eyeball it|eyeballs it|make it up|makes it up)\W*$|(?:the |our )?(?:[\w-]+ ){0,2}(?:team|group|panel|committee|board) (?:is|are|'s) (?:just|only|basically|simply) (?:the |our |a |one |two |three |a few |a couple of )?(?:[\w-]+ ){0,2}(?:engineers?|developers?|devs|admins?|administrators?|analysts?|founders?|scientists?|people)\b|[^.;]{1,100}\bthat's as far as (?:anyone|anybody|we|they|people) (?:ever )?(?:thinks?|thought|looks?|looked|bothers?|bothered|cares?|cared)\b|[^.;]{0,80}\b(?:everyone|everybody|we|they|people|the team) (?:just )?(?:moves? on|moved on)\W*$|(?:staff|people|employees|users|we|everyone) (?:take|takes|carry|carries|bring|brings) (?:their |company |work )?(?:laptops?|devices?|kit|phones?)(?: [\w-]+){0,6} (?:home|off-site|abroad|to client sites)\b|whether [^.;]{0,80}\bdepends on (?:who|whoever|which|what)\b|(?:we|they|(?:the |our )?teams?|people) (?:just )?(?:start|starts|begin|begins|get going)(?: [\w-]+){0,2} as soon as (?:someone|somebody|anyone|we|they) (?:has|have|gets?|comes? up with) an? (?:idea|request|ask)\b|([\w'-]+\s+){1,6}on the strength of (a |an |the |their |its |one )?([\w'-]+ ){0,2}(pitch|demo|brochure|promise|reputation|recommendation|handshake|hunch|website|logo)\b|(it|they|the [\w-]+( [\w-]+)?) (came|arrived|shipped) (with|in|as part of) (the|our|a|an) ([\w-]+ ){0,2}[\w-]+,? and (we|they|someone|somebody|i) (just |simply )?(switched|turned) (it|them) on\b|(the |our |its |their )?([\w-]+ ){0,2}(models?|systems?|ai|bots?|agents?|tools?|algorithms?) (acts?|runs?|decides?|works?|operates?) (entirely )?(on (its|their) own|by (itself|themselves)|alone|unsupervised|unchecked|unwatched|unmonitored|unattended|without (a )?(human|anyone|oversight))\b|([\w'-]+\s+){1,4}(whatever|anything) (we've|we have|we|they've|they have) (got|get|have|find|found|can get)\b|(it|they|that|this|everything)('s|'re| is| are) (all )?` + openToAll + `|^\W*(we're|we are|we've always been|we have always been|it's|it is|everything's|everything is)( fully| totally| completely| 100%| entirely)? (compliant|covered|certified|sorted)( [\w-]+){0,3}\W*$|(we|they|i|the company|the (\w+ )?team) (just |only )?(bought|purchased|paid for|licensed|subscribed to|signed up for) (a |an |the |some )?([\w-]+ ){0,3}(licen[cs]es?|subscriptions?|tools?|products?|software|seats?|appliances?|platforms?|suites?|modules?)\b|(it's|it is|that's|that is|they're|they are|it has|it)( been)? (just |simply |entirely |all )?left (up )?to (each|every|individual|the individual|whoever)\b|([\w'-]+\s+){1,10}(made|taken|decided|done|built|scoped|handled) by ([\w-]+ ){0,3}(alone|on (its|their|his|her) own)\W*$|[^.;]{1,80}?\b(are|is) (known|understood) only (to|by)\b|(we|they|people|teams?|ops|it) (just |simply )?(install|installs|deploy|deploys|use|uses|accept|accepts|take|takes|run|runs|plug in|plugs in) whatever( [\w-]+)? (arrives?|comes?|turns? up|shows? up|ships|gets sent|is sent|are sent|we're sent|they send)\b|(both|they|it|these|those|all of (them|it)|(the|our) [\w-]+( [\w-]+)?) (was|were) (all )?(set up|built|installed|bought|put in|configured|created|wired|written)( [^.;]{0,40}?)? (before (my|our) time|years ago|long ago|before (i|we) (joined|started|arrived|came))\W*$|(straight|directly|right) (to|into|onto|on to) [\w -]{1,30}\W*$|([\w'-]+\s+){0,6}(copied|loaded|used|shipped|deployed|pushed|moved|taken|dumped) (straight |directly )?as[- ]is\b|(the )?([\w-]+ ){0,2}(people|ones|engineers|developers|team|person|data scientists) (who|that) (build|built|wrote|write|made|make|train|trained) (it|them|the [\w-]+) (are|is) the only ones? (who|that) (look|looks|check|checks|review|reviews|see|sees|test|tests)\b|[^.;]{0,120}\b(is|are|sits?|remains?|stays?)( still| just)? (an? )?(empty|blank)( (folder|page|template|file|doc|document|space|wiki|site|spreadsheet|board|drive))?\W*$)`)

// deniedCheck is a denial that nobody checks, looks or reviews (or
// "nothing watching the temperature", v357), that
// there is no way to do it, that it was never set up or nothing is
// written down ("none of our ops work is written down"; "we don't have any secure
// development practices"; "we haven't got
// any rules"; "we don't record how"; "we don't define requirements";
// "we've never decided"; "we don't scan"; "roles don't exist"; "we
// don't get threat information from anywhere"; "used without any
// checks"; "we've set no objectives"; "there's no human check"; "we've
// never tried to rank"; "there are no requirements"; "has never come
// up"; "has never been pinned down"; "no domain experts ever look"; "has
// never been limited"; "we don't validate"; "we've no rules"; "there's no
// test environment"; "nothing is classified" (or "nothing we hold is");
// "we haven't shown";
// "oversight hasn't been designed in"; "there's no preparation step"
// (or "no cleaning or checking step"); "has never taken any
// responsibility";
// "nothing restricts who can use them"; "we've got nothing that covers
// AI we get from vendors" (or "we've got nothing like that"); "has
// never entered into it"; "has never been on anyone's list"; "a single
// database server with no standby";
// "we've never ranked our systems"; "there's nowhere else to do it"; "we don't
// back anything up" (or "it has never been backed up"); "incident
// reports aren't triaged"; "we've never classified any of our
// information"; "operators get no training"; "we have no idea what's on them"; "there's no
// order to which AI risks we deal with"; "there's no technical
// documentation"; "there's no supplier risk programme"; "we've never had
// a way to sort"; "there are no goals for how we use AI"; "it's never
// been switched on"; "the doors aren't locked"; "there are no
// permissions on the shared drive" (or
// "we've never set permissions on it"); a bare ", no checks at all" (or
// "and no review whatsoever"); "Web filtering? We don't have any" (the
// thing named before it); "we don't write any technical documentation";
// "we don't have a list of our hardware" (or an inventory, a register);
// "we've never told anyone outside the company" (or "never reminded
// anyone at exit", v353); "security isn't
// part of the contract"; "security gets no budget of its own"; "there's
// no safety culture around AI"; "we never ask users what they need";
// "we don't subscribe to any threat intelligence"; "we don't talk to the
// people affected by our AI"; "we don't block unapproved software";
// "honestly we don't set any"; "none of them took
// ownership of the risk"),
// or that nothing happens: beside it, what is
// done instead does not count ("when people leave nothing happens, they
// just go"; "there's no way to report, people just mention it"; "No AI
// policy, we just tell people to be sensible" still shows something
// informal). "We haven't identified the risk controls" (or mapped them)
// denies as "we haven't checked" does, and "none of our AI test sets or
// metrics is written down" as "none of it is written down" does; so do
// "there's no point at which an alert becomes an incident" and "security
// testing isn't something we do".
// "No leader has taken responsibility for cyber risk" denies as "none
// of them took ownership" does: no one of a kind took it (v431).
// "Not something we've thought about" denies as "isn't something we do"
// does, and a bare "no inventory" (register, list, records) said on
// its own denies one kept (v432).
// A bare "no tech docs for the models" denies the documentation, and a
// bare "no users" (customers, domain folks, reviewers) said on its own
// denies that anyone of the kind takes part (v438). "I never wrote down
// what it's supposed to save us" denies the record as "we never wrote it
// down" does (v442), and "we've never set any rules" (policies,
// standards, guidance) denies them (v443). "No AI system has ever had a
// requirements specification" denies the document as a bare "no
// inventory" does: no one of a kind ever had it (v471). A bare "No test
// sets, metrics or tools are documented" denies the record as "none of
// our AI test sets … is written down" does, and "nothing defines what it
// may … be used for" (sets out, spells out) as "nothing limits what" does
// (v501). "No review has ever been held" (retro, post-mortem, drill)
// denies it as "no one has ever …" does, and "the developers never see
// any of it" (hear, read) denies that anything reaches them (v502).
// Testing in production "because there's nowhere else" denies a place
// apart (v503). A table's row whose value is a bare denial ("Risk method
// | none", "Go/no-go before launch | no", "Purpose check\tnever") denies
// what its label names, as a bare "no inventory" does (v504). Feedback
// that "doesn't feed into updates" (go into releases, the roadmap) denies
// that it is used (v505). "We don't patch laptops at all", a whole
// clause, denies the practice outright (v510). "Nothing is masked or
// pseudonymised anywhere" (anonymised, redacted, encrypted) denies the
// protection as "nothing is checked" does (v516). A bare "No defined
// process for responsible AI design" (documented, written; procedure,
// method) denies it as a bare "no inventory" does (v519).
// "Neither has ever had antivirus, EDR or any scanning installed" (none
// of them, backups, patches, encryption) denies the protection as "No AI
// system has ever had a requirements specification" denies the document
// (v515).
var deniedCheck = mustPattern(`(?i)^\W*(?:we|they|i|the [\w-]+(?: team)?) (?:don't|do not|never) [\w-]+(?: [\w'-]+){0,4} at all\W*$|^\W*no (?:defined|documented|written|agreed|formal|set) (?:process|procedure|method|policy|approach)\b|\b(?:neither|none)(?: of (?:them|these|those|the [\w-]+))? (?:has|have) ever (?:had|been given|got|gotten|run) (?:a |an |any )?(?:[\w-]+ ){0,2}(?:antivirus|anti-virus|edr|malware (?:protection|scanning)|protection|scanning|firewalls?|backups?|patches|updates|encryption|monitoring|logging)\b|\b(?:doesn't|does not|don't|do not|never) (?:feed|feeds|go|goes|make it|makes it) (?:into|back into|through to) (?:the )?(?:updates?|releases?|the model|development|the product|the roadmap)\b|^\W*[^|\t]{1,60}(?: \| |\t)\s*(?:none|no|never|nobody|nothing|not)\b[^|\t]{0,40}$|\bbecause (there's|there is) nowhere else\b|\bno ([\w-]+ ){0,2}(reviews?|retros?|retrospectives?|post-?mortems?|debriefs?|lessons[- ]learned|meetings?|drills?)( [\w-]+)? (has|have) ever been (held|run|done|carried out)\b|\b(never|don't|doesn't|do not|does not) (see|sees|hear|hears|read|reads) (any|a word|a thing|one word) of (it|them|that)\b|^\W*no ([\w-]+,? ){1,8}(is|are|was|were|has been|have been) (ever )?(written( down)?|documented|recorded|defined)\b|\b(?:no|not one|not a single) (?:[\w-]+ ){0,3}(?:has|have) ever (?:had|been given|got|gotten) (?:a |an |any )?(?:[\w-]+ ){0,2}(?:specifications?|specs?|documents?|documentation|records?|polic(?:y|ies)|procedures?|plans?|assessments?|reviews?|owners?|requirements)\b|\b(?:is|are) not (?:undertaken|carried out|performed|conducted)\b|\b(?:has|have) not been (?:undertaken|carried out|performed|conducted)\b|\b(?:has|have|had) not (?:assumed|taken|accepted) (?:any )?(?:responsibility|ownership|accountability)\b|^\W*none (?:written|documented|recorded|defined)\b|\b(?:we|they)(?:'ve| have)? never (?:set|made|agreed|written|defined|put in place) (?:up )?(?:any )?(?:rules|polic(?:y|ies)|standards?|procedures?|guidance|requirements)\b|\b(?:i|we|they) (?:never|didn't|did not|haven't|have not) (?:wrote|write|written) (?:it |anything |that |this )?down\b|\b(nobody|no one|no-one)\b|\b(never|not) (brought|bring|involved|involve|consulted|consult|asked|ask|invited|invite) (in )?(anyone|anybody)\b|\bnothing (watching|monitoring|checking|tracking)\b|\b(none of (them|us|the [\w-]+)|no [\w-]+)( [\w-]+)? (ever )?(took|takes|has taken|have taken|has ever taken|have ever taken|accepted|accepts|owned|owns) (any )?(ownership|responsibility|accountability)\b|\b(has|have|'s|'ve) never (taken|had|accepted|owned) (any )?(responsibility|ownership|accountability)\b|\b(security|privacy|risk|it|that|this)( [\w-]+)? (isn't|is not|wasn't|was not|'s never been|has never been|never was) (ever )?((part of|mentioned in|covered (in|by)|included in|discussed in|raised in) (the|our|any|their)|(anyone's|anybody's|someone's|somebody's) (concern|priority|job|responsibility))\b|^\W*no (?:[\w-]+ ){0,2}(?:docs|documentation|write-?ups)(?: (?:for|on|about|of) (?:the |our |any )?[\w-]+(?: [\w-]+)?)?\W*$|^\W*no (?:[\w-]+ ){0,2}(?:users|customers|stakeholders|experts|folks|lawyers|outsiders|reviewers)\W*$|^\W*no (([\w-]+ ){0,2}(inventor(y|ies)|registers?|lists?|records?|catalogues?|catalogs?)\W*$|(clear |agreed |set )?(definition|criteria|threshold|rules?) (of|for|on) (when|what|how|which|who)\b)|\b((there are|there's|there is|we have|we've|with) no |there (isn't|is not|aren't|are not) (a |an |any )?|(we )?((don't|do not|never) (have|write|keep|produce|create|maintain)|(haven't|have not) got) (a |an |any )?|(we've|we have|we) never had (a |an |any )?\s*)((\w+ ){0,3}(rules|policy|process|culture|order|priorit(y|ies|isation|ization)|controls?|lists?|inventor(y|ies)|registers?|catalogues?|catalogs?|guidance|restrictions?|safeguards?|protections?|cameras|cctv|alarms|principles|standards?|baselines?|checks?|reviews?|oversight|approvals?|sign-?offs?|consent|conversations?|discussions?|requirements|specifications|specs|criteria|environments?|separation|segregation|steps?|stages?|permissions?|access controls?|documentation|programmes?|programs?|practices?|goals?|objectives?|look|look-?backs?|looking back|lessons?|retrospectives?|retros?|post-?mortems?|debriefs?|follow-?ups?|decisions?|gates?|assessments?|evaluations?|vetting|due diligence|screening)\b)|\bnothing (really |actually |at all )?(defines|sets out|spells out)\b|\bnothing (really |actually |at all )?(restricts|limits|stops|prevents|blocks|controls|governs|splits|separates|segregates|divides) (who|what|which|where|when|how|any(one|body)|people|staff|users|access|use|those|these|the|them|it)\b|\b(there are|there's|there is|we have|we've got|we have got|we've) nothing ((\w+ )?in place|(that |which )?(covers?|addresses|deals with|applies to)|like (that|it|this|them))\b|\bnothing( we [\w-]+)?( ever)?('s| is| gets| has been| was)? (ever )?(written down|written|documented|recorded|classified|labell?ed|marked|tagged|categori[sz]ed|graded|checked|reviewed|assessed|vetted|verified|tested|masked|pseudonymi[sz]ed|anonymi[sz]ed|redacted|scrubbed|encrypted)\b|\b(don't|do not|doesn't|does not) exist\b|` + saysNothing + `|\b(there's|there is|we have|we've got) nowhere (else )?(to|for)\b|` + singleEnvironment + `|\bthere('s| is) no (point|moment|stage|threshold|line) (at which|where|when)\b|\b(isn't|is not|wasn't|was not|'s not|has never been|^\W*not) (something|anything) (we|they|anyone|anybody|the team)('ve| have| had)? (do|does|did|bother with|thought about|considered|looked (at|into))\b|\b(no|never had (a|any)) (\w+ )?(way|means|channel|mechanism|route) (to|for|of)\b|\bnothing (really |much |at all )?(happens|is done|gets done)\b|\b(never|haven't|hasn't|have not|has not|didn't|did not)(( ever)? (set|put|applied) (any )?(permissions|restrictions|limits|access controls?)|( ever| been| ever been)? (set up|configured|deployed|installed|implemented|rolled out|put in place|switched on|turned on|enabled|activated|unboxed|bought|purchased|licensed|paid for))\b|\b(don't|do not|doesn't|does not|never) ((subscribe to|pay for|receive|buy) any|block|prevent|restrict|prohibit|ban|allowlist|whitelist)\b|\b(we|they) (don't|do not|never) (set|define|write|keep|have) any\W*$|\b(don't|do not|doesn't|does not|never|haven't|have not|hasn't|has not)( ever)? (talk(ed)? to|speak to|spoken to|listen(ed)? to|involve[sd]?|engage[sd]? with)\b|\b(don't|do not|doesn't|does not|never)( \w+)? write (anything|it|them|this|that|much|any of (it|this|that|them)) down\b|\b(none|nothing) of (it|this|that|them|(our|the|their) ([\w-]+ ){1,3}(or ([\w-]+ ){1,2})?)(is|are|was|were|has been|have been|gets?|got) (ever )?(written( down)?|documented)\b|\b(isn't|aren't|wasn't|weren't|is not|are not|was not|were not|never|don't|doesn't|do not|does not|haven't|hasn't|have not|has not)\s+(\w+\s+(or\s+)?)?(checked|looked|reviewed|assessed|tested|analy[sz]ed|considered|examined|investigated|verified|validated|vetted|evaluated|screened|monitored|locked|secured|guarded|managed|tracked|planned|prioriti[sz]ed|ranked|triaged|told|informed|notified|warned|reminded|briefed|ask|asked|consult|consulted|classified|labell?ed|categori[sz]ed|selected|controlled|documented|recorded|logged|written|written down|defined|specified|agreed|decided|identified|mapped|worked out|figured out|thought about|work out|figure out|think about|think through|find out|shown|proven|proved|demonstrated|designed|built|check|look|review|assess|test|analy[sz]e|consider|examine|investigate|verify|validate|vet|evaluate|screen|monitor|manage|track|plan|prioriti[sz]e|select|control|document|record|log|define|specify|agree|decide|scan|pinned down|nailed down|settled|limited|restricted|scoped|deleted|removed|purged|wiped|destroyed|disposed of|cleaned up|delete|remove|purge|wipe|destroy|dispose of|clean up)\b|\b(don't|do not|doesn't|does not|never|haven't|hasn't|didn't|did not)( ever)? (back (anything |it |them |any of (it|them) )?up|been backed up)\b|\b(don't|do not|doesn't|does not|never|haven't|hasn't)\b[^.;]{0,40}\b(from )?(anywhere|any source|any sources)\b|\bwithout (any |a )?(checks?|review|reviews|approval|vetting|oversight|controls?|assessment|sign-?off)\b|^\W*(we|they|i) ((don't|do not) have|(haven't|have not) (got|had)|never had) (any|one)( at all| whatsoever)?\W*$|^\W*((and|but|with|yet) )?(absolutely )?no (\w+ )?(checks?|reviews?|vetting|approvals?|oversight|controls?|assessments?|sign-?offs?|testing|tests|screening|validation)( at all| whatsoever| of any kind)?\W*$|\b(we've|we have|we|they've|they have|they) (set|defined|written|agreed|made|established) no\b|\b(never|haven't|hasn't|not|don't|doesn't)( ever)? (tried|bothered|attempted|got round|gotten round) to\b|\b(has|have|had)( ever)? never (come up|been (discussed|raised|considered|asked|mentioned))\b|\bnever (came|comes|come|entered) (up|into it)\b|\bnever been on (anyone's|anybody's|our|the) (list|radar|agenda)\b|\bno ([\w-]+ ){0,2}(one|experts?|people|staff|users|humans?|reviewers?|managers?|outsiders?) (ever )?(look|looks|checks?|reviews?|sees?|reads?|asks?|touch(es)?)\b|\b(gets?|got|has|have|had|with) no ([\w-]+ )?(budget|funding|money|headcount|training|guidance|instructions|induction|standby|failover|fallback|redundancy|replica|spare|ups|generator|backup power|second (server|site|line|copy))( of (its|their) own)?\b|\b(we|i|they|nobody|no one)( really)? (have|has|'ve|had)( got)? no idea (what|where|who|which|how|whether)\b|` + lostFirst)

// answeredNo is a clause that answers a question put back with a no:
// "Privileged users get extra training? Not really."
// scareQuoted is a lower-case word or phrase put in single quotes, the
// way irony marks what it mocks: "our 'records management' is a shared
// drive anyone can edit", "a 'regular review', meaning the PDF sits
// untouched". A name in quotes ('Secure by Design') starts with a capital
// (v486).
var scareQuoted = mustPattern(`(^|[\s(\[,;:])['‘]([a-z][a-z -]{0,60}?[a-z])['’]($|[\s.,;:!?)\]])`)

// withoutScareQuotes is text without what it puts in scare quotes where
// that alone would show a step of the scale ("a 'regular review'",
// "'whenever someone has a clear-out'"): what irony names is not claimed
// as done. A quoted phrase that shows nothing ("a 'talk to a human'
// option") stays (v486).
func withoutScareQuotes(text string) string {
	return scareQuoted.ReplaceAllStringFunc(text, func(m string) string {
		sub := scareQuoted.Regexp.FindStringSubmatch(m)
		for i := 1; i < len(signals); i++ {
			if readStated(i, sub[2]).matched {
				return sub[1] + sub[3]
			}
		}
		return m
	})
}

// noWords answer no: answeredNo opens with one ("not really, …"), and
// sourceOnly only says where the owner's knowledge comes from ("Going by
// the firewall config", "According to the key management system", "From
// what the incident notes say"): it states nothing done. "Per the
// approved … standard" after a label claims the standard (v487).
var sourceOnly = mustPattern(`(?i)^\W*(?:going by|according to|judging by|judging from|from what) (?:[\w'-]+ ){0,6}[\w'-]+\W*$`)

// allowedAll says everything is let through ("every category is allowed",
// "all ports are open"): after a denial's colon it spells out the denial
// (v487).
var allowedAll = mustPattern(`(?i)^\W*(?:every|each|all|any)(?: [\w-]+){0,3} (?:is|are|gets?) (?:allowed|permitted|open|let through|accepted|unblocked|unrestricted)\b`)

// bareNo is one alone, or "nobody", "nothing", "n/a" (v485).
const noWords = `no|nope|nah|none|never|not yet|not really|not at all`

var bareNo = mustPattern(`(?i)^\W*(` + noWords + `|nobody|no one|nothing|n/a|zero)\W*$`)

var answeredNo = mustPattern(`(?i)^\W*(` + noWords + `|not (really )?a thing|not here)\b`)

// counting is a clause that counts or checks for something; countedNone
// is its result told as none, over a period or alone (see clauses, v471).
var (
	counting    = mustPattern(`(?i)\b(counts?|counted|scans?|scanned|measures?|measured|tracks?|tracked|monitors?|monitored|checks?|checked|audits?|audited|tall(y|ies|ied))\b`)
	countedNone = mustPattern(`(?i)^\W*(none|nil|zero)( found| seen| flagged| so far)?( (in|over|for|across|during) (the|each of the) (last|past|previous|latest) [\w-]+( [\w-]+)?)?(\W*$|,)`)
)

// referBack is a word referring back to what came before.
var referBack = mustPattern(`(?i)\b(it|them|that|this|any|one|ones)\b`)

// contrastOpen opens a clause with another place it is told against:
// "Unlike the startup I joined from, where nobody signed anything, ops
// here …", "Compared with the head office, which has a full risk study,
// ours is lighter". afterContrast reads the clause, and quotes it, from
// what it says of here (v454).
var contrastOpen = mustPattern(`(?i)^\W*` + contrastWords + `\b`)

// setAside is the alternative a contrast sets aside: a lesser one ("separate
// environments, not just separate folders"), or an ad hoc way ("not in
// people's inboxes", "not by gut feel but with the approved method",
// "reviewed on a schedule rather than when someone remembers"). It denies
// nothing done and says nothing is ad hoc: notNegation and notAdHoc read
// it (v471).
const setAside = `\bnot (?:just|only|merely|simply)\b|\b(?:not|rather than|instead of) (?:(?:by|on|in|from|through|with|via|relying on|left to) )?` + adHocWays

// adHocWays are ways of doing a thing that are no practice: by feel, by
// memory, in someone's inbox or head, when someone remembers.
const adHocWays = `(?:gut (?:feel(?:ing)?|instinct)|instinct|hunch(?:es)?|guess(?:work|ing)?|luck|chance|whim|memory|word of mouth|ad[- ]hoc|` +
	`(?:(?:people|someone|somebody|everyone|individuals)'s|their|personal) (?:inbox(?:es)?|heads?|memor(?:y|ies)|e-?mails?|desktops?|laptops?|spreadsheets?)|` +
	`(?:when|whenever|if) (?:someone|somebody|anyone|anybody|people|they) (?:remembers?|gets? (?:a)?round to it|ha(?:s|ve) time|thinks? of it|feels? like it))\b`

// contrastWords open a contrast (contrastOpen); alone in a clause, cut off
// from what they contrast, they tell only of the other place (elsewhere).
// A comparison with another team, firm or group opens one too: "Less
// organised than the platform team, who …", "Stricter than the research
// group: …" (v503).
const contrastWords = `(?:unlike|compared (?:with|to)|in contrast (?:with|to)|as opposed to|contrary to|(?:(?:far|much|a lot|a bit|rather) )?(?:(?:less|more) [\w-]+|[\w-]+er|better|worse) than (?:the|our|most|other|some|many|a lot of) )`

// contrastGoesOn are the words after a comma that go on telling of the
// other place ("…, where nobody signed anything, …", "…, who never
// told customers anything, …").
var contrastGoesOn = map[string]bool{"where": true, "which": true, "who": true, "whom": true, "whose": true, "when": true,
	"and": true, "or": true, "like": true, "such": true, "including": true, "especially": true, "with": true, "without": true}

// tableCells are the cells after the first of a table's row, split by
// " | " or by tabs ("Scoring | everyone guesses"); nil for text that is
// no row (v504).
func tableCells(text string) []string {
	if !strings.Contains(text, " | ") && !strings.Contains(text, "\t") {
		return nil
	}
	cells := strings.FieldsFunc(strings.ReplaceAll(text, " | ", "\t"), func(r rune) bool { return r == '\t' })
	if len(cells) < 2 {
		return nil
	}
	return cells[1:]
}

// flowSteps are the steps of a flow told with arrows ("Prod database →
// nightly dump → copied as-is into the warehouse → anyone in analytics
// can query names"), or nil for a clause with none. Beside a denial of
// the control, a step that tells what is done instead makes the flow
// what is done instead, as a table's cell does (v516).
func flowSteps(text string) []string {
	if !strings.Contains(text, "→") && !strings.Contains(text, "->") {
		return nil
	}
	steps := flowArrow.Split(text, -1)
	if len(steps) < 2 {
		return nil
	}
	return steps
}

// zeroCount is a clause that opens with a count of zero ("0 plans, 0
// tests in 3 yrs", "0 written rules on it"): it denies what it counts.
// zeroTrouble is one whose zero counts trouble or what was left undone
// ("0 incidents since", "0 late", "0 unregistered threats in Q2"): it
// tells a result (v527).
var (
	zeroCount   = mustPattern(`(?i)^\W*(?:0 [\w-]+|zero [\w-]+s\b)`) // not "zero trust"
	zeroTrouble = mustPattern(`(?i)^\W*(?:0|zero|nil) (?:since\b|un[\w-]+|(?:[\w-]+ )?(?:` + troubleKinds + `|late|overdue|exceptions?|alerts?|issues?))\b`)
)

// gapLabel, todoLabel and haveLabel are the labels of a gap analysis's
// halves, said before a colon ("Missing:", "Not done:", "To do:", "In
// place:"), and nothingMissing what follows one that says nothing is
// missing ("none we know of", "nothing pressing"): see clauses (v521).
// An auditor's "Recommendation:" is a to-do, and "Conclusion:
// effective" (an opinion, a rating) a verdict that rates the answer and
// states nothing done (v523): a verdict's words only, so that
// "Assessment: yearly, by IT" still tells a cadence.
var (
	gapLabel       = mustPattern(`(?i)^\W*(?:(?:what(?:'s| is) )?(?:still )?(?:missing|lacking|absent|outstanding)|(?:the |main |biggest )?gaps?|not (?:yet )?(?:done|in place|there|covered)|(?:don't|do not) have(?: yet)?|needs?|needed|still needed|what we need)\W*$`)
	todoLabel      = mustPattern(`(?i)^\W*(?:(?:still )?to[- ]?do|next(?: steps?| up)?|planned|backlog|(?:our |audit |key )?recommendations?|(?:suggested|proposed|agreed|required|management) actions?|actions? (?:required|needed|agreed))\W*$`)
	verdictLabel   = mustPattern(`(?i)^\W*(?:(?:overall |audit )?(?:conclusion|opinion|verdict|rating|assessment))\W*$`)
	verdictOnly    = mustPattern(`(?i)^\W*(?:(?:largely|partly|partially|mostly|fully|not|broadly) )?(?:effective|ineffective|satisfactory|unsatisfactory|adequate|inadequate|needs improvement|requires improvement|good|poor|strong|weak)\W*$`)
	haveLabel      = mustPattern(`(?i)^\W*(?:in place|(?:what )?we have|have|got|done|works|working|what works|strengths?)\W*$`)
	nothingMissing = mustPattern(`(?i)^\W*(?:none|nothing|n/a|nil)(?: (?:that )?we know of| we'd flag| we would flag| major| pressing| urgent| right now| for now| at the moment| really| significant| big)*\W*$`)
)

// etaFirst is a clause that opens with an ETA ("ETA H2", "ETA end of
// March"): when something not done yet is expected.
var etaFirst = mustPattern(`^\W*ETA\b`)

// flowArrow joins two steps of a flow.
var flowArrow = mustPattern(`\s*(?:→|->)\s*`)

// handleAside is a line to a colleague tagged by a Slack handle: "@hr-team
// correct me if this changed", "@ml-team feel free to add", "@product-ai
// may disagree", "@jo can share the policy link", "Ping @it-ops for the
// dashboard", "cc @dpo". It asks or offers; it states nothing done (v505).
const handleAside = `(?:(?:cc:?|ping|ask|check with) @[\w.-]+(?: (?:for|about|on) [^.;]{0,60})?|@[\w.-]+,? (?:correct me if [^.;]*|feel free to (?:add|chime in|correct)[^.;]*|(?:may|might) (?:disagree|say otherwise|know (?:better|more))[^.;]*|would know (?:better|more)|can (?:share|send|show|confirm|add|point you to)[^.;]{0,60}|please (?:confirm|add|correct)[^.;]*))`

// downToNone is an outcome told as a count gone to nothing: "SLA misses
// are down to none this year" (came, fell, went). It denies nothing
// (notNegation) and is a result in figures (resultInFigures) (v503).
const downToNone = `\b(?:are|is|were|was|came|come|fell|dropped|went) down to (?:none|zero|nil)\b`

// soleStandIn is what an answer calls the only thing it has, either way
// round: "the sprinklers are our only protection" and "The only
// protection from fire or flood is the building's own sprinklers"
// (insteadOnly; one list since the review of v501-v507). So is "the only
// evaluation" (test, metric, number, score) beside a denial of what the
// control asks: "We don't test for bias. …, and the only evaluation is
// accuracy over the whole test set" (v509).
const soleStandIn = `(?:things?|protections?|controls?|defen[cs]es?|security|safeguards?|measures?|checks?|barriers?|records?|scopes?|plans?|process(?:es)?|procedures?|documents?|polic(?:y|ies)|guidance|testing|training|backups?|evaluations?|tests?|metrics?|numbers?|scores?)`

// bareWeDont is a denial with nothing after it: "We don't", "We never
// have", "Not us" (v503).
var bareWeDont = mustPattern(`(?i)^\W*(?:(?:and|but|well),? )?(?:we|i|they) (?:just )?(?:don't|do not|never have|haven't|have not|never did|didn't|did not)(?: yet)?\W*$|^\W*(?:not (?:us|here|we)|nothing like (?:it|that) here)\W*$`)

// hereAfterComma is a comma followed by words that tell of here: "we",
// "our", "here", "I", "my", "at our", "in our" (v503).
var hereAfterComma = mustPattern(`(?i),\s+(?:we|we're|we've|we'd|our|ours|here|i|i'm|i've|my|at our|in our|for us|this (?:team|company|firm|site|office))\b`)

// afterContrast is text from the first comma after a contrast's opening
// that starts what it says of here; text itself when it has no contrast
// opening or says nothing after it (then elsewhere reads it as an aside).
func afterContrast(text string) string {
	if !contrastOpen.MatchString(text) {
		return text
	}
	// A comma before what is said of here ("…, our team has …", "…, we
	// …") ends the contrast, whatever list came before it ("Unlike the
	// payments team, who keep dev, test and prod in separate accounts,
	// our team …", v503).
	if m := hereAfterComma.FindStringIndex(text); m != nil && m[0] < 240 {
		return strings.TrimLeft(text[m[0]+1:], " ")
	}
	for i := 0; i < len(text) && i < 240; i++ {
		if text[i] != ',' {
			continue
		}
		rest := strings.TrimLeft(text[i+1:], " ")
		word, _, _ := strings.Cut(rest, " ")
		if rest != "" && word != rest && !contrastGoesOn[strings.ToLower(word)] {
			return rest
		}
	}
	return text
}

// elsewhere is a clause told of another organisation, unit or workplace,
// not of this one: "At my last company every cable run was …", "Our
// parent company has badge readers …", "The other business unit
// publishes objectives …", "The risk team at the parent company
// documents …", "Where I came from, an incident just faded away", "Most
// firms I've worked with leave suppliers out". It states nothing done
// here (v454), and nor does a contrast cut off from what it contrasts
// ("Unlike the startup I joined from, where nobody signed anything" ends
// where a denial starts a clause of its own). Other teams of the same company ("other teams", "most
// teams") are not elsewhere: what they do may be the practice.
// Competitors and rivals, "big tech" and "the regulated side of the
// group" (arm, half) are elsewhere too, and so is a comparison opened
// "Less organised than the platform team, who …" (more …, stricter,
// better, worse than the, our, most, other …: contrastWords) (v503).
const elsewherePlace = `(?:(?:my|our|the) (?:last|previous|old|former) (?:company|employer|job|firm|place|workplace|organi[sz]ation|role|position|school|hospital|bank|startup|agency|shop|boss|manager)|(?:our|the) (?:parent|sister|holding) (?:company|companies|firm|organi[sz]ation)|(?:the )?head office|the [\w-]+(?: [\w-]+)? (?:i|we) (?:came|joined|moved) from|the [\w-]+(?: [\w-]+)? (?:i|we) (?:worked|was|were) (?:at|in|for))\b`

var elsewhere = mustPattern(`(?i)^\W*(?:(?:and|but|though|while|whereas),? )?(?:(?:(?:[\w'-]+ ){0,3}?(?:at|in|of|from|for) )?` + elsewherePlace +
	`|(?:where (?:i|we) (?:worked|was|were|came from|used to work)|(?:the )?other (?:business units?|units?|divisions?|business(?:es)?|parts of the (?:group|company|business|organi[sz]ation))|(?:bigger|larger|smaller|most|many|other|some) (?:companies|firms|organi[sz]ations|businesses|vendors|banks|shops)|(?:our |the |some |most |many |other )?(?:competitors|rivals)|big tech(?: (?:firms|companies))?|the [\w-]+ (?:side|arm|half) of the (?:group|company|business|organi[sz]ation)|(?:most|many|other|some) [\w-]+s (?:i|we)(?:'ve| have)? (?:know|knew|seen|worked with|met)|the [\w-]+(?: [\w-]+)? (?:next door|down the road|we (?:replaced|used before|used to use))|elsewhere in the (?:group|company|business)|in the group,)\b|` + contrastWords + `\b)`)

// relayed opens a clause with who said it: "The IT manager tells me
// (that) …", "Procurement says …", "She says …", "Legal (via Omar) says
// …" (v446). A name alone is not read as one: "Nothing says what the
// model can't do" starts with a capital too. Nor is one said in the past:
// "The CTO said in a town hall that we should …" tells what was done
// then (the saying), not what a colleague reports now. Only saying that reports a fact opens it: "she thinks" or
// "he reckons" hedge what follows, and a document that "says" something
// is not a person reporting it.
var relayed = mustPattern(`(?i)^\W*(?:he|she|they|(?:(?:the|our|my|his|her|their) )?(?:[\w'-]+ ){0,4}?(?:team|lead|manager|engineer|officer|director|owner|head|counsel|desk|department|office|procurement|legal|hr|(?-i:IT)|facilities|ops|soc|analyst|architect|admin|ciso|cio|cto|cfo|ceo|dpo|colleague|boss))(?: \([^)]{1,30}\))? (?:says|tells me|tells us|confirms|admits|explains|passes on|informs me)(?: that)?,?\s+`)

// othersBelieve opens a clause with what a colleague believes: "(The
// ops lead says) he thinks the servers are patched monthly" is as hedged
// as "I think …" (v446). Told later in a clause ("in the order he thinks
// matters", "when she thinks they're ready") it names a judgement.
var othersBelieve = mustPattern(`(?i)^\W*(he|she|they) (thinks|think|believes|believe|reckons|reckon|assumes|assume|supposes|suppose)\b`)

// correction is an owner taking back what they just said: "Actually,
// scratch that: …", "Correction: …", "No, wait, that was before last
// year: now …", "…, but that isn't right: …", "Sorry, I was thinking of
// the BI team. …" (v447). Said at the start of a sentence (or after
// "but"), possibly after "no", "sorry", "well", "actually" or "wait".
var correction = mustPattern(`(?i)(?:^|[.;:!?]\s+|,?\s+but\s+)(?:(?:no|sorry|oops|well|hmm|actually|honestly|wait|ok|okay),?\s+){0,3}(?:scratch that|strike that|let me (?:correct|rephrase) (?:that|myself)|let me take (?:that|it) back|(?:i was|i'm|i am) wrong|i stand corrected|i(?:'ve| have) been corrected|(?:that's|that is|that was) (?:wrong|not right|not true|not fair|unfair|out of date|before [\w ]{1,25}|(?:[\w-]+ ){1,3}ago|the old [\w ]{1,30})|that (?:isn't|is not|wasn't|was not) (?:right|true|correct|fair)|correction(?: from [\w' ]{1,30})?|to correct (?:what i said|myself|that)(?: before| earlier)?|i should correct (?:that|myself)|(?:i was|i'm|i am) (?:thinking of|mixing (?:it|that|them) up with|confusing (?:it|that|them) with) [^.;:,]{1,40}|hang on|(?:i'm|i am) out of date|wrong (?:policy|one|system|team|answer|control)|not quite|not true|i undersold it|no:)`)

// afterCorrection keeps what an answer says after its last correction:
// what was taken back is neither a practice nor a denial of one. The
// words kept run from the end of the correction's phrase ("Actually,
// scratch that: I just checked, and …" keeps "I just checked, and …").
// With nothing after it, the answer stands as written.
func afterCorrection(text string) string {
	all := correction.FindAllStringIndex(text, -1)
	if len(all) == 0 {
		return text
	}
	end := all[len(all)-1][1]
	if i := strings.IndexAny(text[end-1:], ".:;,!?"); i >= 0 {
		end += i
	} else {
		return text
	}
	if rest := strings.TrimSpace(text[end:]); rest != "" {
		return rest
	}
	return text
}

// summaryThenDetail is an answer that sums itself up in a line and
// then gives the detail: "TL;DR: kit is kept safe, informally. Details:
// the facilities team puts every new server …" (v448). The summary
// characterises what the detail tells ("informally" of a practice the
// detail shows a team repeating for years); the detail is the answer.
var summaryThenDetail = mustPattern(`(?i)^\W*(in short|short answer|short version|the short version|summary|in a word)\b[^.!?]{0,80}[.!?]\s+(details?|the details|longer version|the longer version|long answer|longer answer|the long version|more detail|in detail)\s*:\s*`)

// detailOf keeps the detail of an answer that sums itself up first
// (see summaryThenDetail); any other answer stands as written.
func detailOf(text string) string {
	if m := summaryThenDetail.FindStringIndex(text); m != nil && strings.TrimSpace(text[m[1]:]) != "" {
		return text[m[1]:]
	}
	return text
}

// newcomer is an owner new in the role telling how long they have been
// there ("I've only been here five weeks", "I'm a month into the job",
// "I'm new to the AI team", "I joined the ML team in June"), perhaps
// with that they looked ("… and I've looked"), or what they went through
// to find out since they arrived ("Since joining in September I've mapped
// the network, and it's one flat range", "Since taking over procurement
// I've gone through our AI supplier contracts", "When I read through the
// risk register I inherited"). None states anything done (v455).
const newcomer = `^\W*(?:(?:and|but|so),? )?(?:i'm|i am|i've|i have|i)\s+(?:only |just |still |fairly |quite |pretty |very )?(?:new(?: here| to (?:[\w-]+ ){0,3}[\w-]+| in (?:the|my) (?:role|job|post|team|position))?|been here (?:for )?(?:only |just |about |nearly |almost |since )?(?:[\w-]+ ){0,2}(?:days?|weeks?|months?|years?|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)|(?:a|one|two|three|four|five|six|a few|[\d]+) (?:days?|weeks?|months?) (?:into|in)(?: (?:the|my) (?:job|role|post|team|position))?|(?:joined|started)(?: (?:the|this|our) (?:[\w-]+ ){0,3}[\w-]+)? (?:in|on|last|this) [\w-]+(?: [\w-]+)?)(?: and (?:i've|i have) ` + lookedAround + `)?\W*$|` +
	`^\W*(?:since (?:joining|i joined|i started|starting|taking over|i took over|i arrived|arriving)|when i (?:joined|started|arrived|took over)|in my first [\w-]+(?: [\w-]+)?|on my first day)\b[^,;:]{0,40},? (?:i|i've|i have) (?:(?:just|also|already|first) )?(?:mapped|gone through|went through|read through|looked through|looked at|looked into|checked|searched|asked around|gone over|went over|audited|walked through)\b|` +
	`^\W*when (?:i|we) (?:first )?(?:read|looked|went|checked|searched|dug) (?:through|at|into|over|around)\b[^.;:,]{0,60}$`

// evidenceOffer offers proof without telling what it proves: "Evidence
// available on request", "Records can be provided to the auditor" (v456).
const evidenceOffer = `^\W*(?:(?:the |all |any |more |further |full )?(?:evidence|documentation|records?|details|copies|proof|screenshots|logs)(?: of (?:this|it|that))? (?:is |are |can be |will be )?(?:available|provided|supplied|shared|shown|produced)(?: (?:on|upon) request| if (?:needed|required|asked)| to (?:the |an )?auditors?| for (?:the |an )?audit)?|(?:evidence|documentation|records?|details|proof) (?:on|upon) request)\W*$`

// apology is a late reply's opening, told alone: "Sorry for the slow
// reply", "Apologies, busy week", "Sorry, I was off last week", "Sorry,
// only just seen this", "Sorry it took me a while". It says why the answer
// is late, never what is done (v458).
const apology = `^\W*(?:(?:so|very|really|many|my|our) )?(?:sorry|apologies|apologi[sz]e|i apologi[sz]e)\b(?:(?:,|\s+-|\s+and)?\s*(?:` +
	`(?:for|about) (?:the |my |this |our )?(?:(?:slow|late|long|belated|delayed|very slow|slight|radio) )?(?:delay|wait|reply|response|answer|one|silence|lateness)` +
	`|(?:to keep you|for keeping you|you've been kept) waiting` +
	`|(?:that )?(?:it|this) (?:took|has taken|'s taken|took me) (?:me )?(?:a while|so long|ages|a bit|this long)` +
	`|(?:that )?(?:this is|this one is|i'm|i am|we're|we are) (?:(?:a bit|so|very) )?(?:late|slow|behind)(?: (?:with|on|getting to) (?:this|it)| in (?:replying|answering|getting back))?` +
	`|(?:that )?i (?:missed|forgot|lost track of|overlooked|didn't see) (?:this|it|your (?:message|question|note)|to (?:reply|answer|respond|get back)(?: to (?:this|you))?)` +
	`|(?:i've |i have |i )?(?:only |just )(?:now |just )?(?:seen|saw|seeing|getting|got|replying|answering|found|finding|back)(?: (?:round |around )?to)?(?: this| it| your (?:message|question))?` +
	`|this (?:slipped|got lost|got buried|fell through the cracks)(?: through)?(?: the cracks)?` +
	`|(?:i was |i've been |i have been |we've been |we were |been |i'm |i am |just |got |i got )?(?:just )?(?:off|away|out|back from [\w-]+(?: [\w-]+)?|(?:off )?sick|ill|travell?ing|on (?:leave|holiday|vacation)|swamped|buried|snowed under|heads? down|flat out|slammed)(?: (?:with|in|on|at|for|last|this|all) [^.;:!?,]{0,30})?` +
	`|(?:it's been |it has been |it was |been |what |had )?(?:a |an )?(?:(?:very|really|bit of a|crazy|mad|busy|hectic|slow|long|rough|manic|mental|intense) )?(?:busy|crazy|mad|hectic|slow|long|rough|manic|mental|intense|week|month|fortnight|few (?:weeks|days))(?: (?:week|month|fortnight|quarter|few (?:weeks|days)))?` +
	`)){0,2}\W*$`

// sameAsBefore points back at the owner's last answer with regret, told
// alone: "Same as last quarter, I'm afraid" (as before, sadly). It says
// nothing changed, not what is done; "Same as last year." alone, with no
// regret, is left as it was read (part 5 labels it 1) (v459).
const sameAsBefore = `^\W*(?:(?:much|pretty much|roughly|more or less|still|exactly|just|it's|it is|all) )?(?:the )?same as (?:before|ever|always|last (?:time|quarter|year|month|round|check-in)|(?:my|the) (?:last|previous) (?:answer|update|reply|check-in|round)|when (?:we|i) last (?:spoke|answered))(?:,? (?:i'm afraid|i am afraid|sadly|unfortunately|alas|regrettably))\W*$`

// twoPersonRule is a rule that nobody works somewhere alone ("nobody
// works in there alone"): a rule kept, not a practice denied (v459).
const twoPersonRule = `\b(?:nobody|no one|no-one) (?:works?|goes|enters|is allowed(?: in)?|stays|is left)(?: in there| in (?:the|that|a) [\w-]+(?: [\w-]+)?)? alone\b`

// meaningDepends is an owner's "Depends what you mean by physical
// threats", told alone: it asks what the question means and says nothing
// done (v464; see meaningAsked).
const meaningDepends = `^\W*(?:(?:well|so),? )?(?:it )?(?:all )?depends (?:on )?(?:what|whether|how) (?:you|they) (?:mean|count|define)(?: by)? [^,;:.]{1,60}\W*$`

// closingOffer ends an answer with an offer or a question back to the
// asker, told alone: "Let me know if you want the review minutes", "Want
// me to send the spreadsheet?", "Happy to walk you through it", "I can
// export it for you", "Is that the sort of thing you wanted to know?". It
// offers more, never says what is done; its "if you want" is no practice
// left to whoever wants it (v465).
// scopeFrame names what a count that follows is of, told alone ("Of the
// three AI tools we've deployed, not one has …", "Out of the dozen or so
// projects we ran this year, …"): it states nothing (v466). Nor does an
// exception told alone ("Apart from the vendor's own dashboard", before
// ", which nobody logs into, there's no oversight", v468).
const scopeFrame = `^\W*(?:of|out of|among|across) (?:the|our|all|all of the|all our|these|those) (?:[\w'%-]+ ){0,6}[\w'%-]+\W*$|^\W*(?:` + exceptionWord + `|bar) (?:[\w'%-]+ ){0,6}[\w'%-]+\W*$`

// recurred is what a problem does when it comes back: "it hasn't recurred",
// "none of the last 4 has come back" (v466).
const recurred = `(recurred|come back|returned|happened again|reappeared|repeated)`

// exceptionWord opens an exception carved out of what is said (v468).
const exceptionWord = `(?:excluding|except(?: for)?|apart from|other than|save for|with the exception of)`

// occasionForRule is the occasion that calls for a written practice, told
// first ("If anyone needs to manage an AI risk, the documented AI risk
// process … tells them how", "If someone outside wants to report a
// problem …, there's the public reporting form set out in our approved …
// procedure"): a rule for when it arises, not something done on demand
// (notAdHoc, v473).
const occasionForRule = `^\W*(?:if|when|whenever|once) (?:someone|anyone|anybody|somebody|users?|staff)` + someoneElse + ` (?:needs?|wants?) to [^,;.]{1,60}, [^.;]{0,100}\b(?:approved|documented|published)\b`

// someoneElse places who needs or wants something in an occasion
// (occasionForRule, willOccasion): someone "outside", "else".
const someoneElse = `(?: (?:outside|inside|external|internal|else))?`

// willOccasion is an occasion told with "will" ("When a new system will
// hold personal data, the privacy team runs a DPIA …"), or with what
// someone wants ("If someone outside wants to report a problem …"): it
// names when the practice runs, it plans nothing (notPlanned, v473); so
// does one that narrows it, anywhere in the clause ("only when the
// supplier will hold customer data", v488).
const willOccasion = `^\W*(?:when|whenever|if|once|where|before) (?:a|an|the|any|each|every|our) (?:[\w-]+ ){0,3}will (?:hold|store|process|use|handle|contain|touch|need|have)\b[^,;]{0,60},|` +
	`^\W*(?:if|when|whenever|once) (?:someone|anyone|anybody|somebody)` + someoneElse + ` (?:needs?|wants?) to\b|` +
	`\bonly (?:when|if|where) (?:a|an|the|any|each|every|our) (?:[\w-]+ ){0,3}will (?:hold|store|process|use|handle|contain|touch|need|have)\b`

// stepsOpener introduces the steps that follow, told alone ("The way it
// goes is:", "What happens is", "Here's how it works:", "It goes like
// this:"): it states nothing (v472).
const stepsOpener = `^\W*(?:so,? )?(?:the way it (?:goes|works|happens)(?: is)?|what happens(?: is)?|here'?s (?:how it (?:goes|works)|what happens)|it goes like this|this is how it (?:goes|works)|how it works(?: is)?)\W*$`

// presentMoment pins what follows to now, told alone ("As things stand,",
// "Right now,", "So far,"): it states nothing (v469).
const presentMoment = `^\W*(?:as things stand|as it stands|at the moment|right now|for now|as of (?:today|now|this (?:week|month|quarter|year|release))|currently|at present|to date|so far|today)\W*$`

const closingOffer = `^\W*(?:(?:just |please )?let me know if (?:you(?:'d)? (?:want|need|like)|there's anything|that helps|you have (?:any )?questions)[^.;:!?]{0,60}` +
	`|(?:do you )?want me to [^.;:!?]{1,60}|(?:shall|should) i [^.;:!?]{1,60}|(?:i'm |i am |i'd be |we're |we are )?happy to [^.;:!?]{1,60}` +
	`|i can (?:send|share|export|forward|give you|show you|dig out|get you|walk you|put you)[^.;:!?]{0,60}` +
	`|is (?:that|this) (?:the sort of|the kind of|what|enough|ok|okay)[^.;:!?]{0,60}|hope (?:that|this) helps|(?:any )?(?:other )?questions,? (?:just )?(?:ask|shout))\W*$`

// lookedAround is the owner's looking, told alone: "I just checked", "…
// and I've looked" (ownerAside, newcomer).
const lookedAround = `(?:checked|looked|had a look|asked around)`

// ownerAside is the owner telling how they found out, not what is
// done: whom they asked ("I asked our head of data science about an AI
// policy", v446), that they checked ("I just checked", looked, had a
// look, before what they found, v447), or where they searched ("I
// searched Confluence … and Jira for USB, media and disposal", v450).
// None states anything of the practice.
const ownerAside = `^\W*(i|we)('ve| have)? (just )?` + lookedAround + `\W*$|^\W*(i|we)('ve| have)? (just )?(searched|looked through|went through|trawled) [^.;:]{1,120}\bfor\b[^.;:]*$|^\W*(i|we) (asked|checked with|spoke to|spoke with|talked to|talked with|emailed|pinged|messaged) (our|my|the) ([\w'-]+ ){0,4}(team|lead|manager|engineer|officer|director|owner|head|counsel|desk|department|office|colleague|boss|people|folks)( of [\w -]{1,30}?)?( about [^.;:,]{1,60})?\W*$`

// emptied says what came before is empty: "(but) it's empty, just a
// title", "it's still blank", "they're placeholders" (v450).
var emptied = mustPattern(`(?i)^\W*(but |and )?(it's|it is|they're|they are|that's|that is|the (page|doc|document|template|folder|wiki|site)s? (is|are))( still)? (completely |totally |entirely |basically )?(empty|blank|a stub|stubs|just a (title|heading|placeholder)|a placeholder|placeholders)\b`)

// reasonOnly is a clause that gives only a reason: "We can't afford
// downtime", "As a payments firm we can't be down" (v451). It states
// nothing done; read with what follows ("…, so the approved standard
// requires …") it denies nothing either (notNegation).
const reasonOnly = `^\W*((as|being) [\w -]{1,30},? )?(we|they|i) (can't|cannot|can not) (be down|go down|afford (to be down|downtime|an outage|a breach|mistakes))\W*$`

// verdict is a clause that only judges or vents: "Honestly, it's a
// mess", "This one's fine, for once", "After years of nagging it's
// finally good", "It drives me mad", "We fought for this and won"
// (v452). It states nothing done; what follows it does.
const verdict = `^\W*((honestly|frankly|to be honest|sadly|happily|annoyingly|luckily|thankfully),? )?(it's|it is|this one's|this one is|that's|that is|things are)( (all|a bit of|a bit|pretty|really|quite|such|just|still|now|finally))? (a mess|chaos|a shambles|a disaster|fine|good|great|ok|okay|solid|sorted|a nightmare|embarrassing|thin|patchy|sparse|weak),?( now| again| for once| for a change| at last)?\W*$|^\W*(it|this|that) (drives|is driving) me (mad|crazy|nuts|up the wall)\W*$|^\W*after [\w ]{1,30} (it's|it is) (finally|at last) (good|fine|sorted|solid|in place)\W*$|^\W*we fought (for|over) (this|it)( and (won|lost))?\W*$`

// askedInAWord is a question put back in a word or two: "Measured?",
// "Reviewed and improved?" (v445).
var askedInAWord = mustPattern(`(?i)^\W*[a-z]+ed( and [a-z]+ed)?\W*$`)

// subject marks a clause before a colon as a statement ("We patch
// monthly: …", "Backups follow the approved backup standard: …"), not a
// label ("Resources for AI risks: …"). A document that "sets" (defines,
// lists, governs) what follows is a statement too: "The approved
// availability standard sets resilience: …" (v509).
var subject = mustPattern(`(?i)\b(we|i|they|he|she|it|is|are|was|were|do|does|did|has|have|had|can|will)\b|\b(everything|everyone|everybody|nothing|nobody|that|this|there|here|what|who|it|he|she)'s\b|\w'(re|ve)\b|\b(follows?|applies|covers|requires|runs|uses|sets|defines|lists|governs)\b`)

// relativeDenial opens a clause withoutClause split off a relative
// ("…, which nobody in IT looks at"): it denies use, not existence.
var relativeDenial = mustPattern(`(?i)^` + relativeNeg + `\b`)

// notThere says only where what came before does not reach ("…, I
// think, but not on the Macs", "…, I assume; we haven't looked at the
// rest"): like a relative denial, it leaves a hedged "it's on the
// Windows laptops, I think" standing.
var notThere = mustPattern(`(?i)^\W*((and|but|though|although),? )?(just |only |still )?not (on|for|in|at|across|to) (the |our |any |their )?([\w-]+ ){0,2}[\w-]+\W*$|^\W*((and|but|though|although),? )?(we|i|they)( have|'ve)? (haven't|have not|didn't|did not|never)( really)? (looked at|checked|touched|done|covered|reviewed) the (rest|others)( of (it|them))?\W*$`)

// checkDenial is a clause that only denies that what came before was
// checked, measured, tried or written down ("nobody's compared them",
// "though nobody checks what the agency actually does", "nobody's
// touched it since", "nobody's put a number on it", "nobody's tried",
// "nobody's checked in ages"):
// like a relative
// denial, it leaves a hedged "I think it lines up" standing. It must
// refer back ("them", "it", or a bare present "…, I think, but nobody
// checks", which denies a check kept, where "nobody has ever checked"
// doubts the statement itself) to a statement before it: "Nobody has checked the
// policy" alone, or after a question ("Limitations? Nobody has written
// those down"), denies the control.
var checkDenial = mustPattern(`(?i)^\W*((and|but|though|although),? )?(nobody|no one|no-one)('s| has| have)? (ever |really |actually )?(checked|looked|tested|verified|confirmed|reviewed)( (it|them|that|this|those|these))? (in|for) (ages|years|months|a (long )?while|a year|a long time)\W*$|^\W*((and|but|though|although),? )?(nobody|no one|no-one)('s| has| have)? (ever |really |actually )?((put|attached) (a|any) (number|figure|value) on (it|them|that|this|those|these)|(tried|tested)( (it|them|that|this|those|these))?)\W*$|^\W*((and|but|though|although),? )?there (are|is|'s) (a few|some|one or two|a couple( of)?|several)( [\w-]+){0,3} (that )?(nobody|no one|no-one)('s| has| have)? (ever )?(checked|looked at|reviewed|tested|verified)\W*$|^\W*((and|but|though|although),? )?(nobody|no one|no-one)('s| has| have)? (ever |really |actually )?((compared|checked|checks|verified|verifies|confirmed|confirms|documented|gone through|gone over|looked through|looked over) (it|them|that|this|those|these)|checks|verifies|confirms|written (it|them|that|this|those|these) down|read (it|them|that|this|those|these)( (closely|properly|carefully|in full|through|in detail))?|(checks?|verifies|confirms?|looks? at|follows? up on) (what|whether|if|how) ([\w-]+ ){1,3}(actually |really )?(does|do|is doing|are doing|follows? (it|them)|complies|comply|meets? (it|them)|delivers?))\W*$|^\W*((and|but|though|although),? )?(nobody|no one|no-one)('s| has| have)? (ever )?(touched|opened|updated|read) (it|them|that|this|those|these)( since( then)?)?\W*$|^\W*((and|but|though|although),? )?((honestly|frankly|to be honest),? )?(i|we)('ve| have)? (never|not) (really |actually )?(looked at|checked|verified|confirmed|tested) (how|whether|if) ([\w-]+ ){1,4}(check|checks|use|uses|handle|handles|validate|validates|verify|verifies|treat|treats) (it|them|that|this|those|these)\W*$`)

// "It's come up" or "it's been discussed" says only that the practice was
// talked about, not that it is done; so does "splitting it up has been
// talked about for years" (v417: a thing to do as the subject, and for
// how long).
// So does what "was talked over in a meeting once, and that's where
// it stayed" (went no further, v496).
var talkedOnly = mustPattern(`(?i)^\W*((and|but|though),? )?(it|this|that|the (idea|topic|subject|question|need)|[\w-]+ing( [\w-]+){0,3})('s| has| have)? (been |once |often |sometimes |occasionally )?(come up|comes up|came up|raised|mentioned|discussed|talked about|brought up|floated)( (before|once|twice|a few times|a couple of times|occasionally|in (a |the )?meetings?|at (a |the )?\w+ meetings?|for (years|months|ages|a while|a long time)))?( (only )?(when|if|after) (something|anything|it) (breaks|goes wrong|fails|happens))?\W*$|^\W*((and|but|though),? )?(it|they|this|that|those|these|(the |our )?([\w-]+ ){0,2}[\w-]+) (was|were|got|'ve been|have been|has been) (once |only |briefly )?(talked over|talked about|talked through|discussed|mentioned|raised|brought up|floated)( (once|twice|briefly))?( (in|at) (a|the|one|an) ([\w-]+ )?(meeting|workshop|call|offsite|away ?day|all-hands)( once)?)?,? and (that's|that is|that was) (where|as far as) (it|they|that) (stayed|stays|ended|ends|stopped|stops|died|went|got)\W*$`)

// unverified is a denial that anyone measured whether a practice is
// followed: "nobody's measured how often it's followed" (or "no one
// checks whether suppliers actually keep to it", v375, or "we don't yet
// track whether the reviews change anything", v377) says the practice
// exists unmeasured, not that nobody performs it. unmeasuredWhat is what
// was not measured, after either wording. So does "we don't yet report
// capacity against those thresholds anywhere": thresholds set, nothing
// measured against them (v403).
// And "we don't check how well suppliers perform them" (or "how effective
// those plans are") says the same of how well it works (v405), as
// "Nobody checks how well the ratings match reality" does (v471).
// weHaveNot opens each of unverified's denials: "we don't", "they
// haven't yet", "I never really" (one constant since v406, for three
// alternatives that spelled it out).
const weHaveNot = `(we|they|i) (don't|do not|haven't|have not|didn't|did not|never)( yet| really| actually| ever)?`

// unmeasuredWhat is what such a denial leaves unmeasured: "we don't
// measure how effective that oversight is" (how successful, v410), and
// "we don't track how accurate they turn out to be" (reliable, v415).
const unmeasuredWhat = `(how (often|much|many|far|consistently|` + howWell + `)|whether|if)\b`

// howWell is how well a practice works, left unchecked or unmeasured:
// "we don't check how well …", "we don't measure how effective …" (one
// list for both denials since v416; each had kept its own).
// ("how consistently" since v524: "Nobody checks how consistently labels
// are used" denies the checking, not the labelling.)
const howWell = `(well|closely|consistently|effective|effectively|successful|successfully|accurate|accurately|reliable|reliably)`

var unverified = mustPattern(`(?i)\b` + weHaveNot + ` (check|checked|assess|assessed|evaluate|evaluated|review|reviewed) how ` + howWell + `\b|\b(nobody|no one|no-one) (ever |really |actually )?(checks|checked|assesses|assessed|evaluates|evaluated|reviews|reviewed|measures|measured|tracks|tracked) how ` + howWell + `\b|\b` + weHaveNot + ` (report|measure|track|monitor|check|compare) ([\w-]+ ){1,3}against (those|these|the|our|its|their|any) ([\w-]+ )?(thresholds?|targets?|limits?|baselines?)\b|\b` + weHaveNot + ` (measure|measured|track|tracked|count|counted|quantify|quantified|monitor|monitored) ` + unmeasuredWhat + `|\b(nobody|no one|no-one)('s| has| have)? (ever |really |actually |yet )?((measured|tracked|counted|quantified|monitored) ` + unmeasuredWhat + `|(checks?|checked|verifies|verified|audits?|audited|monitors?) (whether|if|that) [^.;]{0,40}\b(keep to|keeps to|kept to|follow|follows|followed|comply|complies|complied|stick to|sticks to|stuck to|adhere|adheres|adhered|live up to|lives up to)\b)`)

// untested denies only that a documented plan or procedure was tested or
// exercised: "we haven't tested any of them yet" leaves the documents
// standing, unproven.
var untested = mustPattern(`(?i)\b((haven't|have not|hasn't|has not)( yet| ever| actually| really)? (been )?|never (been )?|not (yet |ever )?(been )?)(tested|exercised|rehearsed|drilled)\b`)

// othersDo is hearsay about what others do ("I've heard other firms swap
// threat notes in industry groups"): it states nothing about the answer's
// own practice. Nor does a supplier's certificate ("Our IT provider is ISO
// 27001 certified, so event reporting is covered on their side", v478).
var othersDo = mustPattern(`(?i)^\W*((and|but|though),? )?(i|we)('ve| have)? (heard|read|seen|been told) (that )?(other|some|many|a few|most|plenty of) ([\w-]+ )?(firms|companies|organi[sz]ations|businesses|teams|people|banks|peers|competitors|shops|startups)\b|^\W*(our|the) ([\w-]+ ){0,2}(providers?|suppliers?|vendors?|msps?|landlords?|hosts?|partners?) (is|are) ([\w-]+ ){0,3}(certified|accredited|compliant)(,? so [^.;:]{0,80}\b(covered|handled|taken care of|done) (on|at|by) (their|its) (side|end))?\W*$`)

// bareCondition is a condition left alone when what follows it was split
// off ("If an AI system goes wrong, there's no plan", "When there's an
// incident, nobody preserves the logs", "If an employee thought a tool
// was doing harm, there's no channel", "If someone outside the company
// spots a problem with our AI, there's no way …", "If our AI got
// something badly wrong for a customer, we have no plan …", "Once a model's live, nobody
// watches it", "If a model went wrong, nobody has said …", "Once a model
// ships, no one watches …", "If we were hacked, nobody would know …",
// "If we had a serious incident tomorrow, nobody would know …", "If a
// GPU box died tomorrow, nobody could tell you …", "Honestly, if someone
// broke a security rule here, there's no process …", "If our
// AI caused harm to a customer, we have no way …", "When a serious AI
// risk comes up, there's no agreed way …", "If we lost our main office
// or systems, there's no plan …", "Once our AI policies were written,
// nobody has looked at them again", "If someone had a worry about how
// one of our AI tools behaves, there's no channel …", "If an AI risk
// nobody expected turned up tomorrow, there's no process …"): it states
// nothing, as "if the two people who built them left, nobody could
// explain …" does. "If you asked which services each supplier gives us, nobody
// could answer" is a question put as a condition: it states nothing
// either. Nor does "whatever staff do with the chatbots" before ", nobody
// measures it" (a free choice granted, v423). Nor does an occasion told by
// the question someone put, quoted ("When the board asked "what happens if
// the pricing model gets it wrong?"", v467).
var bareCondition = mustPattern(`(?i)^\W*(when|after|once) ([\w-]+ ){1,3}(asked|wanted to know|queried)( (me|us|them|the [\w-]+))?,? (` + quotation + `)\W*$|^\W*(whatever|however|wherever|whichever) ([\w-]+ ){0,3}(do|does|did|use|uses|used|say|says|decide|decides|want|wants|choose|chooses|like|likes) ([\w-]+ ){0,4}[\w-]+\W*$|^\W*(if|when) (you|anyone|anybody|someone|somebody|people) (asked|ask|asks|were to ask|wanted to know)( (me|us|them|around))? (which|what|who|where|how|whether|if)\b[^,;]*$|^\W*(if|when|whenever|once|unless|in case|should) ([\w-]+ ){0,5}[\w-]+'s (live|deployed|released|launched|shipped|in production|down|gone|lost|stolen|breached|compromised|hacked|signed|approved|in place)\W*$|^\W*(if|when|whenever|should|in case) (someone|somebody|anyone|anybody|an? [\w-]+|staff|people|users|customers|employees|one of (us|them|our [\w-]+))( [\w-]+| (outside|in|on|at|from|of|inside|within|across) (the |our |a |an )?[\w-]+)? (thought|thinks|noticed|notices|saw|sees|suspected|suspects|spotted|spots|felt|feels|believed|believes|worried|worries|(had|has|have) (a |an |any |some )?(worry|worries|concerns?|doubts?|questions?|complaints?|problems?))\b[^,;]*$|^\W*((honestly|frankly|well|look),? )?(if|when|whenever|once|unless|in case|should) ([\w'-]+ ){1,6}(goes wrong|go wrong|went wrong|(got|gets|get) (something|it|things|anything)( [\w-]+)? wrong|failed|broke|fails?|breaks?|died|dies|happens?|comes? up|came up|crops? up|cropped up|arises|arose|crash(es)?|turns? up|turned up|shows? up|showed up|left|leave|leaves|quit|quits|resigned|retired|moved on|(is|are|was|were|gets?|get|got) (lost|stolen|breached|down|compromised|hacked|attacked)|(is|are|goes|go|gets?) (live|deployed|released|launched|shipped|in production)|ships|shipped|launches|launched|(is|are|gets?|get|has been|have been) (signed|agreed|approved|set up|onboarded|bought|installed|in place)|(was|were|had been) (written|drafted|published|issued|signed off)|(caused?|causes|did|does) (harm|damage)( to ([\w-]+ ){0,3}[\w-]+)?)( (for |to |with )?(a|an|the|our|any) ([\w-]+ ){0,2}[\w-]+)?( (here|there|tomorrow|today|tonight|next (week|month|year)))?\W*$|^\W*(if|when|whenever|should|in case) (we|they|you|the [\w-]+|our [\w-]+) (ever )?(lost|lose|loses|were to lose) ([\w'-]+ ){0,6}[\w'-]+\W*$|^\W*(if|when|whenever|once|in case|should) (there('s| is| are)|(we|you|they|it|the [\w-]+|our [\w-]+) (had|have|has|hit|hits|got|get|gets|suffered|suffer|suffers|faced|face|faces)) (a|an|any|another) ([\w-]+ ){0,2}(incidents?|breach(es)?|outages?|problems?|issues?|failures?|attacks?|leaks?|emergenc(y|ies)|disasters?|complaints?|alerts?)( (tomorrow|today|tonight|now|right now|next (week|month|year)|over the weekend))?\W*$`)

// nothingAtAll is a clause that is only a zero: "Monitoring: zero." (or
// a search's "zero hits", v450)
var nothingAtAll = mustPattern(`(?i)^\W*(zero|nada|zilch|nil)( (hits|results|matches|entries))?\W*$`)

// interjection is a clause that states nothing: "That's the lot" (v501),
// a line to a tagged colleague ("@ml-team feel free to add", handleAside,
// v505), a bare "yeah" (yep, yup: agreeing with what the thread says,
// v506),
// "I wish" (if only, dream on: a reply to a quoted claim, v502),
// "lol", "tbh",
// "honestly", an excuse ("we're a small company", "it's easier that
// way"), or only
// adds to what came before ("real customer names and all", "names,
// cards, the lot"), or only describes a place ("the building's empty at
// night", "it's a cupboard", "the servers sit under the kitchen sink",
// "the router is screwed to the wall above the office sink, where the
// cleaners mop underneath it every evening": what others do around the
// kit is no practice of its own,
// "the finance office is an open-plan corner by the lift"), or only
// names who is concerned ("between us, our cloud provider and our
// resellers", before "nobody has sorted out who does what").
// A greeting ("Hi!", "Thanks for asking", "Good question") states
// nothing either (v435), and nor does a topic put first ("How to
// escalate a risk, this is not clear", v439), a heading ("Where we are on
// file sharing rules:", the status of, a quick summary on) or a place
// told alone ("it's under the kitchen", in the basement, by the boiler
// room, v440; "it is in the basement and the river is near", "in the
// basement next to the boiler", read beside a denial in v439, since the
// review fold). So do the owner's own asides, a reason alone and a
// verdict (ownerAside, reasonOnly, verdict).
// exampleOpener puts an example before a colon ("Take the new booking
// app we launched in September: …", "Look at last month's release: …"):
// a label for what follows, stating nothing itself; exampleVerdict sums
// the example up ("That's typical", "This is normal") and states nothing
// either (v474).
var (
	exampleOpener  = mustPattern(`(?i)^\W*(?:take|consider|look at)\b[^.;:!?]{1,100}$`)
	exampleVerdict = mustPattern(`(?i)^\W*(?:(?:and|so|but),? )?(?:that's|that is|this is|which is) (?:(?:pretty|fairly|quite|very) )?(?:typical|normal|usual|par for the course)(?: (?:for us|here|of us))?\W*$`)
)

// feelingOnly tells what someone felt about a risk, with what set it off
// ("Our legal team worried about AI risks after a webinar", "the board
// got nervous after the news"): a feeling, not a practice, so it states
// nothing (v474). Its object stops at a comma: "we're worried about
// leaks, so we review …" goes on to say what is done.
// timeFrameOnly is a span of time told on its own, before what was not
// done in it ("In the four years since we started with AI, no
// executive has taken responsibility …", "In the three years we've run AI
// systems, nobody has recorded …"): it states nothing (v477). What follows
// the span may only date it ("since …", "we've run …", had, used): "For six
// years now the ops team has patched …" states the practice, and so does a
// span told alone ("For two years we've used the patch tool every
// month."): only one before a denial is read so (see clauses).
var timeFrameOnly = mustPattern(`(?i)^\W*(?:in|over|for|during|across|throughout) (?:the |all the |all those |these |those )?(?:last |past |first )?(?:\d+|` + numberWords + `|few|many|several) (?:years?|months?|weeks?|decades?)(?: now)?(?: since\b[^.;:,]{0,60}| (?:that )?(?:we|i)(?:'ve| have)? (?:run|had|used|been|worked|started|operated|owned|built)\b[^.;:,]{0,60})?\W*$|^\W*(?:for|in) (?:as long as|all the time) (?:i|we)(?:'ve| have)? (?:been here|worked here|can remember)\W*$`)

// flaggedNoLonger is what a practice flags that no longer holds ("flags
// any metric that no longer predicts well", lists each rule that no
// longer applies): the practice's object, neither an end nor a denial
// (read by notEnded and notNegation, v479).
const flaggedNoLonger = `\b(flags?|flagged|flagging|finds?|lists?|catches|picks out|marks?|reports?) (any|each|every|all|the)( [\w-]+){0,2} (that|which) no longer [\w-]+`

// offerOnAsk is a practice offered on request ("Finance can approve
// budget for AI risk work whenever someone asks for it"); before
// neverAsked ("Nobody has asked") it was never taken up, and states
// nothing (see clauses, v488).
var (
	offerOnAsk = mustPattern(`(?i)\b(?:whenever|when|if|any time|anytime|as soon as) (?:someone|anyone|somebody|anybody|people|staff|a (?:team|manager|project|department|lead)) (?:asks?|requests?|wants?|needs?)\b`)
	neverAsked = mustPattern(`(?i)^\W*(?:(?:and|but|though|although|yet),? )?(?:(?:so far|to date|as yet),? )?(?:nobody|no one|no-one|no team|no project|no manager|none of them)(?:'s| has| have| had)?(?: ever| yet)? (?:asked|requested|wanted (?:it|one|to)|needed (?:it|one|to)|put in (?:a|any) requests?|taken (?:it|us|them) up on it)\b`)
)

// capability is what someone or something can do ("Procurement's tool
// is capable of sending a security questionnaire to every new
// supplier"); before inPractice ("though in practice only Hana remembers
// to send one") it is what could be done, and what is done follows: it
// states nothing (see clauses, v488).
var (
	capability = mustPattern(`(?i)\b(?:can|could|is able to|are able to|has the ability to|have the ability to|is capable of|are capable of)\b`)
	inPractice = mustPattern(`(?i)^\W*(?:(?:and|but|though|although|yet),? )?(?:in practice|in reality|in real life|realistically)\b`)
)

// practisedCounterfactual is what would have happened had something not
// been done: "If we hadn't tested operators, we'd never have found the
// gaps", "Had we not tracked them, we'd never have known …". It says the
// thing was done, and denies nothing done (notPractisedAside, v490).
const practisedCounterfactual = `^\W*(?:(?:and|but|so),? )?(?:(?:even )?if (?:we|they|i|he|she|it|you|the [\w-]+|our [\w-]+)(?: [\w-]+)? (?:hadn't|had not|had never)|had (?:we|they|i|he|she|it|you|the [\w-]+|our [\w-]+) (?:not|never))\b[^.;]{0,160}`

// putToUse is what puts a tool to use ("wired in", "switched on",
// "configured"), denied in neverSetUp.
const putToUse = `(?:wired in|set up|switched on|turned on|configured|connected|enabled)`

// neverSetUp denies that a tool was ever put to use: see clauses (v479).
// So do "neither is switched on" and "none of it is turned on" after
// what a tool could do, and "it isn't switched on" told alone (or
// before "and"): with a scope after it ("isn't enabled for the VPN") it
// denies only that part (v488).
var neverSetUp = mustPattern(`(?i)^\W*(?:(?:and|but|though),? )?(?:(?:it|they|that|this|the [\w-]+|that [\w-]+|this [\w-]+)(?: [\w-]+)? (?:was|were|has|have|had)(?: been)? never (?:` + putToUse + `|installed|deployed|rolled out|used)|(?:nobody|no one|no-one)(?:'s| has| have) (?:ever )?(?:set (?:it|them|that|this) up|(?:switched|turned) (?:it|them|that|this) on|wired (?:it|them|that|this) in|configured (?:it|them|that|this))(?:\W*$|,? and\b)|(?:it's|it is|they're|they are) (?:switched|turned) off|(?:(?:neither|none)(?: of (?:it|them|this|that|those|these|the [\w-]+))?(?: one)? (?:is|are|was|were|has|have)(?: ever)?(?: been)?|(?:it|they|that|this|the [\w-]+|that [\w-]+|this [\w-]+)(?: [\w-]+)? (?:isn't|is not|aren't|are not|wasn't|was not|weren't|were not|hasn't been|has not been|haven't been|have not been)(?: yet| ever)?) ` + putToUse + `(?:\W*$|,? and\b))\b`)

// emphasisOnly says only how much something matters ("Compute for AI is
// a huge deal for us, massive.", "We take test data REALLY seriously here,
// honestly.", "Production monitoring is extremely important,
// absolutely."): emphasis, not a practice, so it states nothing (v480).
// Not where the clause asks, knows or denies (emphasisNot: "we don't know
// which suppliers are critical", "we kind of know which systems are
// critical").
var emphasisNot = mustPattern(`(?i)\b(which|what|whether|how|who|if|know|knows|knew|don't|doesn't|didn't|not|never|no)\b`)
var emphasisOnly = mustPattern(`(?i)^\W*(?:(?:[\w'-]+ ){1,6}(?:is|are|'s|'re|was|were) (?:(?:absolutely|really|extremely|very|incredibly|hugely|genuinely|truly|so|super) ){0,3}(?:important|critical|central|vital|essential|crucial|everything|(?:a )?(?:huge|big|massive|real|top) (?:deal|priority)|(?:a )?priority)|(?:we|i) (?:take|treat) (?:[\w'-]+ ){1,4}(?:(?:really|very|extremely|incredibly|so|super) )*seriously)(?: (?:to|for|here|in|at|with) [^.;:,!]{1,40})?(?:,? (?:honestly|believe me|absolutely|massive|truly|genuinely|seriously|really|for sure|no question|i promise|trust me))*\W*$`)

// notHeld is a meeting that does not take place: its invite "gets
// declined every time" (is cancelled, skipped each time), "nobody turns
// up" (v496). It denies; told next, it empties the meeting told before
// it (notHeldNext, meetingLike: see clauses).
const notHeld = `\b(?:gets?|got|is|are|was|were) (?:declined|cancell?ed|skipped) (?:every|each) time\b|\b(?:nobody|no one|no-one) (?:ever )?(?:turns|shows) up\b`

var (
	notHeldNext = mustPattern(`(?i)^\W*(?:(?:it|they|that|the (?:meeting|invite|call|session)s?) )?(?:` + notHeld + `)`)
	meetingLike = mustPattern(`(?i)\b(?:invites?|invitations?|calendars?|meetings?|calls?|slots?|sessions?|reviews?|retros?|check-?ins?|syncs?|stand-?ups?|huddles?|catch-?ups?|forums?|committees?)\b`)
)

// askedOrTurnedUp and unanswered: see clauses (v474).
var (
	askedOrTurnedUp = mustPattern(`(?i)^\W*(?:[\w'-]+ ){0,8}?(?:someone|somebody|a|an|the|one of|customers?|clients?|auditors?|regulators?)\b[^.;:]{0,60}\b(?:asked|wanted to know|queried)(?: (?:us|me|them|the [\w-]+))? (?:how|what|whether|why|who|if|where|which|about)\b|\bturned out to (?:have|be)\b`)
	unanswered      = mustPattern(`(?i)^\W*(?:(?:and|but|so),? )?(?:nobody|no one|no-one|none of us|we|i)(?: really| honestly| even)? (?:had|could|couldn't|could not|didn't|did not|knew)(?: not| no| any| an| an honest)? ?(?:answer|say|tell|explain|know)\b`)
)

// figureOnly pictures a topic through an idiom of absence or disorder,
// and says no more: "Our cabling is a bowl of spaghetti under the floor,
// honestly", "An AI policy is pie in the sky for us", "Residual risks get
// swept under the rug", "The AI policy and the other policies live on
// separate planets". What is done or denied is told beside it; not where
// the clause asks, knows or denies, as with emphasisOnly ("whether it's up
// to date is anyone's guess" hedges what it asks) (v481).
var figureOnly = mustPattern(`(?i)^\W*(?:(?:and|but|so),? )?(?:[\w'-]+ ){1,8}(?:is|are|'s|'re|was|were|has been|have been|get|gets|got|live|lives|remain|remains|stay|stays)(?: (?:still|just|frankly|honestly|basically|kind of|sort of|rather|pretty much|more or less))* (?:(?:a |an |the )?(?:bit of (?:a |an )?)?(?:blind spot|black hole|free-for-all|free for all|wild west|bowl of spaghetti|pie in the sky|open door|anyone's guess|gut call|guesswork)|swept under the (?:rug|carpet)|on (?:separate|different) planets|in (?:separate|different) worlds|left to chance)(?: [^.;:,!]{1,40})?(?:,? (?:honestly|literally|frankly|to be honest|really|for us|here))*\W*$`)

var feelingOnly = mustPattern(`(?i)^\W*(?:(?:and|but|so),? )?(?:(?:the|our|their|my|his|her|some|several|many|most|a few|a couple of) (?:[\w'-]+ ){0,3}|(?:we|they|i|he|she|people|staff|everyone|management|leadership|legal) )(?:(?:got|gets|get|became|become|becomes|was|were|is|are|has been|have been|grew|felt) )?(?:worried|concerned|nervous|anxious|uneasy)(?: (?:about|over|by) [^.;:,]{1,80}| (?:that|whether|if) [^.;:,]{1,80})?\W*$`)

// statusColour is an owner's own red, amber or green status, said as a
// clause of its own, as a project report gives it ("RAG: red.", "Amber,
// heading for green.", "Green-ish.", "Green as far as I'm concerned:"):
// like an owner's own score it rates the answer and states nothing done,
// so it is an aside (v520).
var statusColour = mustPattern(`(?i)^\W*(?:(?:(?:rag|rag status|status|overall|my rating|our rating)\s*(?:is\s*)?[:\-–—]?\s*)|i'd (?:mark|call|put|rate|say) (?:it|this|us|that|we're)(?: at| as)? )?(?:red|amber|green|yellow)(?:[- ]?ish|[-/ ](?:going|heading|turning|moving) (?:to |for |towards )?(?:red|amber|green)|[-/](?:red|amber|green))?(?:,? (?:honestly|frankly|really|at best|at most|for now|overall|so far|i'd say|i think|as far as (?:i'm|i am|we're|we are) concerned|(?:but |and )?(?:heading|going|moving|turning) (?:for |to |towards )?(?:red|amber|green)))*\W*$`)

var interjection = mustPattern(`(?i)^\W*(?:how|what|who|when|where|which|whom) to [\w-]+(?: [\w-]+){0,5}\W*$|^\W*(?:where (?:we|things) (?:are|stand) (?:on|with)|(?:the )?(?:status|state) of|quick (?:summary|update) on) [\w/ -]{1,50}$|^\W*(?:it's|it is|it sits|they're|they are|they sit|(?:the|our) [\w-]+(?: [\w-]+)?(?:'s| is| are| sits?)) (?:right |just )?(?:in|under|underneath|beneath|below|next to|beside|near|by) (?:the|a|our) (?:basement|cellar|kitchen|toilets?|bathroom|loading bay|boiler room|boiler|sink|stairs|river|canal)(?:,? (?:and |right )?(?:next to|beside|near|by|under|below) (?:the|a|our) [\w-]+| and the (?:river|canal|sea|kitchen|boiler|toilets?) (?:is|are) (?:near|nearby|close|next door|right there|above|upstairs))?\W*$|^\W*((we're|we are|it's|it is|we're just|we are just) (only |just )?(a|an) (small|tiny|little|young|new)( [\w-]+){0,2}|((and|but|so),? )?(the|our) (building|office|site|premises|warehouse|floor|shop|store|unit|depot)('s| is| are)( (usually|normally|mostly|generally|completely|totally|just|often))? (empty|unoccupied|unstaffed|unmanned|deserted)( (at night|overnight|after hours|out of hours|at (the )?weekends?|on weekends|most nights|in the evenings?))?|((and|but|so),? )?(it's|it is|that's|that is|(the|our) [\w-]+( [\w-]+)?('s| is))( (just|only|basically|really|literally))? (a|an) ([\w-]+ )?(cupboard|closet|storeroom|store room|spare room|back room|corridor|shed|broom cupboard|corner)( (by|near|next to|beside|behind|under|off) (the|a|our) [\w-]+)?|((and|but|so),? )?(the|our|it|they)( [\w-]+){0,2} (sits?|sit|sat|live|lives|(is|are) (kept|stored|screwed|mounted|fixed|bolted|hung|taped|wedged|perched|propped)( to the (wall|ceiling))?) (under|underneath|beneath|behind|beside|next to|on top of|above|below|over) (the|a|an|our|someone's) ([\w-]+ ){0,2}(sink|desk|stairs|staircase|cupboard|kitchen|corridor|toilet|bathroom|shelf|floor|cabinet|closet|printer)(,? where ([\w'-]+ ){1,4}(underneath|under|beneath|past|around|beside|next to|behind|in front of|near|over) (it|them)( [\w'-]+){0,3})?|(between|among|amongst) (us|them|ourselves)(,? (and )?(the |our |their |a |an )?([\w-]+ ){0,3}[\w-]+){1,4}|(it's|it is|that's|that is) (just |much |a lot )?(easier|simpler|quicker|cheaper|faster) (that way|like that|for everyone)|good question|fair question|great question|who knows|(that's|that is) (the lot|it|all)( (really|honestly|for now))?|i wish|if only|dream on|yeah|yep|yup|` + handleAside + `|honestly|frankly|truthfully|to be honest|to be fair|lol|lmao|haha+|heh|rofl|omg|ugh|meh|sigh|tbh|fwiw|imo|ok(ay)?|(hi|hey|hello|thanks|thank you|cheers)( (all|there|team|everyone|for asking))?|(good|great) question|(real |actual |full )?([\w'-]+ ){0,2}(names|details|data|addresses|numbers|records|passwords|emails|files|photos) and all|([\w'-]+( [\w'-]+)?,\s*){1,4}(and )?(the lot|the works|the whole lot|all of it))\W*$|` + ownerAside + `|` + newcomer + `|` + evidenceOffer + `|` + apology + `|` + sameAsBefore + `|` + meaningDepends + `|` + closingOffer + `|` + scopeFrame + `|` + presentMoment + `|` + stepsOpener + `|` + reasonOnly + `|` + verdict)

// auditFinding tells of an audit finding, not of the practice: that an
// audit raised or logged one ("Last year's audit raised a finding on
// clear desks"), what it found missing ("The auditors flagged that we
// keep data forever", "Internal audit found that no AI roles are
// defined"), the finding's status ("The AI requirements finding has been
// open for eighteen months", "Safety testing was an audit finding two
// years ago and it's still open", "it's still open") and a risk accepted
// instead of mended ("Management accepted the risk"). It states nothing:
// what the answer says is done is read from the rest (v492).
var auditFinding = mustPattern(`(?i)^\W*(?:(?:and|but|so),? )?(?:[\w'-]+ ){0,3}(?:audit|audits|auditors?|assessors?|pen testers?)(?: [\w-]+){0,2} (?:(?:raised|noted|logged|recorded|gave|issued|made)(?: us)? (?:a|an|one|two|three|four|five|several|\d+) (?:[\w-]+ ){0,2}(?:findings?|observations?|non-?conformit(?:y|ies))\b|(?:noted|flagged|found|said|reported|identified|pointed out)(?: that)? (?:we (?:keep|have|had|hold|lack)\b|no\b|there(?:'s| is| was| were) no\b|(?:[\w-]+ ){1,5}(?:isn't|aren't|wasn't|weren't|is not|are not|was not|were not)\b))|^\W*(?:(?:and|but|so),? )?(?:the |our |this |that |[\w'-]+'s )?(?:[\w'-]+ ){0,4}(?:finding|observation|non-?conformity)(?: \d+)?,?(?: [\w'-]+){0,6} (?:has been|have been|is|was|remains|stays)(?: still)? (?:open|overdue|outstanding|unresolved)\b|^\W*(?:[\w-]+ ){1,4}(?:was|is|has been|were|are) (?:an?|the) (?:[\w-]+ )?(?:audit )?(?:finding|observation)\b[^.;:]{0,40}?(?:(?:,? and)? (?:it's|it is|it remains|it's been)(?: still)? (?:open|overdue|outstanding|unresolved))?\W*$|^\W*(?:it's|it is|that's|that is|it remains|it was)(?: still)? (?:open|overdue|outstanding|unresolved)\W*$|^\W*(?:(?:and|but|so),? )?(?:management|the board|the (?:old |new |former )?(?:cio|cto|ciso|ceo|coo|cfo)) (?:accepted|risk-accepted) (?:the|that|this) risk\W*$`)

// commaSplice is a comma before a new subject and what it does: "No
// reporting channel, people just message whoever". A subject that only
// is something ("not applicable, we are a small company") does nothing.
var (
	commaSplice = mustPattern(`(?i),\s+(we|people|they|staff|someone|everyone|users|i)\s+(\w+)`)
	copula      = mustPattern(`(?i)^(are|is|am|was|were|be|been|have|has|had|do|does|did)$`)
)

// claimLabel is a label naming a document ("emerging risk procedure:",
// "approved …") or a target or measure ("- target:", "KPIs:", v440):
// what follows it, stated as done, is what it names (see clauses). "the
// approved asset criticality method:" names one too (v510).
var claimLabel = mustPattern(`(?i)^\W*([\w/-]+ ){0,4}(procedures?|polic(y|ies)|standards?|stds?|runbooks?|playbooks?|methods?|methodolog(y|ies))\W*$|^\W*((the|our) )?(documented|approved)\b|^\W*(targets?|kpis?|metrics?|measures?|slas?|slos?)\W*$`)

// unmeasuredResults denies only that results are counted: "nobody
// tallies the results", "(we) don't track any numbers", "results aren't
// tracked over time yet" (v481).
const unmeasuredResults = `^\W*(?:(?:and|but|though),? )?(?:(?:nobody|no one|no-one) (?:ever |really )?(?:tallies|counts|tracks|measures|totals|adds up|records)(?: up)? (?:the |any |their )?(?:results|numbers|figures|findings|scores|outcomes)(?: up)?|(?:(?:we|they|i) )?(?:don't|do not|never) (?:track|count|measure|tally|record|keep) (?:any |the |our |its |their )?(?:numbers|figures|metrics|stats|results|scores)(?: over time)?|(?:the )?(?:results|numbers|figures|findings|scores|outcomes) (?:aren't|are not|haven't been|have not been|are never) (?:tracked|measured|counted|tallied|compared|trended)(?: over time)?)(?: (?:yet|either|at all))?\W*$`

// unmeasured is a clause that only says the practice is not measured:
// "no metrics", "not measured beyond that", "no kpis", "no metrics on
// the reassessments themselves" (v441). A denial of measuring, it holds
// the draft at 3 (v432). So does "We haven't set targets or tracked
// anything from it yet" (measured, counted; v502). So do "We keep no
// numbers on the reviews" (figures, data) and "Nobody reports on how
// often datasets pass" (tracks how many, v515), and "Targets aren't set
// and the metrics aren't reported" (measures, KPIs; tracked, collected)
// (v516).
// ("No figures are collected" (kept, recorded) says the same, v524, and
// so does "No tracking of the KPIs after approval", v527.)
var unmeasured = mustPattern(`(?i)^\W*(?:(?:and|but) )?no (?:tracking|monitoring|measuring|reporting) of (?:the |those |these |any )?(?:[\w-]+ )?(?:kpis|metrics|figures|numbers|measures|results)\b|^\W*(?:(?:and|but) )?no (?:figures|numbers|metrics|measures|stats|statistics|data) (?:are|is|get|gets|have been|has been) (?:collected|kept|recorded|reported|tracked|gathered)\b|^\W*((and|but) )?(the )?(targets|metrics|kpis|measures|figures|numbers)( [\w-]+)? (aren't|are not|isn't|is not|haven't been|have not been) (set|reported|tracked|measured|collected|reviewed|defined)\b|^\W*((and|but) )?(we|they|the [\w-]+( team)?) (keep|keeps|kept|have|has|hold|holds) no (numbers|figures|metrics|stats|statistics|data|measures|counts|records) (on|about|for)\b|^\W*((and|but) )?(nobody|no one) (reports?|reported|tracks?|tracked|measures?|measured|counts?|counted) (on )?(how often|how many|how much|how well)\b|^\W*((and|but) )?(we|they|the [\w-]+( team)?|nobody|no one) (haven't|hasn't|have not|has not|never) ((set|defined|agreed) ([\w-]+ ){0,2}(targets|metrics|thresholds) (or|and|nor) )?(tracked|measured|counted) (anything|it|them|any of it)( (from|with|of) (it|them))?( (yet|so far|at all))?\W*$|^\W*((and|but) )?((there are|there's|with) )?(no|zero) (metrics|kpis|measures|measurements|stats|targets)( (on|for) (it|this|that|them|(the|its|their|our|these|those) ([\w-]+ ){0,2}[\w-]+( themselves| itself)?))?( (yet|either|at all))?\W*$|^\W*((it's|it is|this is|that's|that is) )?not (measured|tracked)( (yet|beyond (that|this)|at all))?\W*$|` + unmeasuredResults)

// runOnStop is a sentence begun with no stop before it. A word that
// only opens a sentence, capitalised after a lower-case word, opens one
// ("… tuned off those counts There is no documented procedure"):
// without it the second sentence's words are read inside the first's, a
// denial left uncounted there and its "documented" counted (v432). Case
// matters: "we" or "there" in lower case is no new sentence, and nor is
// "I" alone ("…, I suppose, nobody manages it"). A guess "I think it is"
// (that, there, this) opens one too after a word that ends what came
// before: "other teams use AI tools however they like I think it is
// approved" is two sentences (v436), but not after a joining word ("and
// I think it was …") or a comma, nor before what someone would do
// ("after an incident I guess we'd export the logs": a guess before
// "we" or "they" split off two drafts).
var runOnStop = mustPattern(`[a-z0-9%)'"]+[ \t]+(?:(?:There|We|Our|Nobody|Nothing|No|None|They|It|This|That|These|Those)\b|I (?:think|believe|guess|suppose|reckon) (?:it(?: is|'s| was)|that|there|this)\b)`)

// joiners are words after which a guess goes on the same sentence.
var joiners = map[string]bool{"and": true, "but": true, "so": true, "or": true, "that": true, "because": true}

// shorthand is chat shorthand the rules read in full words: "+" and
// "&" between words for "and", "w/" and "w/o" for with and without,
// "bc" and "b/c" for because, "vs" for against, "qtr" for quarter
// (v436), and "TL;DR" for "in short" (v448: read as "TL" and "DR", its
// "TL" was a clause that stated something). Owners typing in a chat write "we track volume + time to
// first response" and "we report AI risks vs tolerance each month".
var shorthand = strings.NewReplacer("TL;DR", "In short", "Tl;dr", "In short", "tl;dr", "in short", "TLDR", "In short", " + ", " and ", " & ", " and ", " w/o ", " without ", " w/ ", " with ", " b/c ", " because ", " bc ", " because ", " vs. ", " against ", " vs ", " against ", " qtr", " quarter", "(w/ ", "(with ")

// expandShorthand spells out chat shorthand (see shorthand) and what
// was typed in a hurry (see mendTyping), without the fillers of speech
// (see dropFillers).
func expandShorthand(text string) string {
	return shorthand.Replace(mendTyping(dropFillers(fileNameWords(text))))
}

// fileName is a file's name with its extension
// ("risk-appetite-statement_2025_APPROVED.pdf", "DRAFT_ai-policy.docx").
var fileName = mustPattern(`(?i)\b[\w.-]*_[\w.-]*\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|md|vsdx|png|zip|msg)\b`)

// fileNameWords parts a file name's words where underscores join them,
// so the status an owner puts in a name reads as a word: a standard set
// by "resilience-standard_v3_approved.pdf" is approved, and
// "DRAFT_appsec-standard_v0.3.docx" a draft (v526).
func fileNameWords(text string) string {
	if !strings.Contains(text, "_") {
		return text
	}
	return fileName.ReplaceAllStringFunc(text, func(name string) string { return strings.ReplaceAll(name, "_", " ") })
}

// splitSplices ends a denial at a comma splice: what follows it is a
// statement of its own, not part of what is denied.
func splitSplices(text string) string {
	ms := commaSplice.FindAllStringSubmatchIndex(text, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		at := ms[i][0]
		if copula.MatchString(text[ms[i][4]:ms[i][5]]) {
			continue
		}
		// "no budget, people or tools" lists what is denied: "people or"
		// goes on with the list (v503).
		if w := strings.ToLower(text[ms[i][4]:ms[i][5]]); w == "or" || w == "and" || w == "nor" {
			continue
		}
		sentence := sentenceSoFar(text, at)
		if inBrackets(sentence) {
			continue
		}
		if denies.MatchString(notNegation.ReplaceAllString(sentence, "")) {
			text = text[:at] + ";" + text[at+1:]
		}
	}
	return text
}

// sentenceSoFar is the text of the sentence that is under way at offset
// at: from the last sentence or clause stop before it.
func sentenceSoFar(text string, at int) string {
	return text[strings.LastIndexAny(text[:at], ".;:!?\n")+1 : at]
}

// inBrackets reports whether the end of sentence (a sentence so far)
// lies inside brackets. A comma there ends no statement: "rules (no lone
// working, no photos of racks, visitors escorted) were signed off" names
// what the rules say.
func inBrackets(sentence string) bool {
	return strings.Count(sentence, "(") > strings.Count(sentence, ")")
}

// cutOutsideBrackets starts a new clause ("; $1") where re matches, but
// not inside brackets.
func cutOutsideBrackets(re *pattern, text string) string {
	var b strings.Builder
	last := 0
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		if inBrackets(sentenceSoFar(text, m[0])) {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString("; ")
		b.WriteString(text[m[2]:m[3]])
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// noStop is a stop that ends no clause: a decimal point ("0.1%"), an
// abbreviation's ("3 a.m.", "e.g.") or a file name's
// ("passwords.docx"), and the full stops, colons and question marks of a
// web address or host name ("https://wiki.acme.local/it/dr",
// "help.acme.io"; v450: read as stops they split "There's a page at
// https://…" into "//wiki" and "acme", clauses that stated something).
// A stop or comma after an address still ends the sentence. clauses
// writes these marks as look-alikes no rule reads as an ending (see
// unstopped); evidence quotes them back as written (restopped). A clock
// time's colon ("every weekday at 9:30") ends nothing either (v496), nor
// do the stops of "p.s." (v499).
var noStop = mustPattern(`(?i)\bhttps?://[^\s)\]]*[^\s)\].,;:!?]|\b(?:[\w-]+\.)+(?:com|io|local|org|net|co|uk|gov|dev|app|ai|internal|corp)\b(?:/(?:[^\s)\]]*[^\s)\].,;:!?])?)?|\d+(?:\.\d+)+|\b(a\.m|p\.m|e\.g|i\.e|p\.s)\.|\b[\w-]+\.(?:docx?|xlsx?|pptx?|pdf|txt|csv|md|json|ya?ml|zip)\b|\b\d{1,2}:\d{2}\b`)

// The look-alikes: a one-dot leader for a full stop, a modifier-letter
// colon for a colon and a glottal stop for a question mark.
const (
	oneDot   = "\u2024"
	oneColon = "\ua789"
	oneQuery = "\u0294"
	// In a code span only (codeStopped): a reversed semicolon, a single
	// low quotation mark for a comma and a divides sign for a bar.
	oneSemi  = "\u204f"
	oneComma = "\u201a"
	oneBar   = "\u2223"
)

// lookAlikes pairs each mark with its look-alike: the first three for
// any text that ends no clause (unstopped), all six inside a code span
// (codeStopped); restopped writes every one back.
var lookAlikes = []string{".", oneDot, ":", oneColon, "?", oneQuery, ";", oneSemi, ",", oneComma, "|", oneBar}

var (
	unstopped   = strings.NewReplacer(lookAlikes[:6]...)
	codeStopped = strings.NewReplacer(lookAlikes...) // see codeSpan
	restopped   = strings.NewReplacer(swapped(lookAlikes)...)
)

// swapped turns old/new replacer pairs round.
func swapped(pairs []string) []string {
	out := make([]string, len(pairs))
	for i := 0; i+1 < len(pairs); i += 2 {
		out[i], out[i+1] = pairs[i+1], pairs[i]
	}
	return out
}

// codeSpan is what an answer quotes in Slack's backticks: a command, a
// config line, a query or a file name ("`npm test && ./deploy.sh prod`",
// "`ssl_protocols TLSv1.2 TLSv1.3;`", "`replicas: 3`",
// "`accuracy_score(y_test, y_pred)`"). It is a name, one piece of the
// sentence around it: its stops, colons, semicolons, commas and bars end
// no clause and split no cell (v508 read "`python train.py --export`"
// as three clauses, "py --export, and the" among them, and
// "`replicas: 3`" as a label before a colon, v509). The backticks go
// (unmarked); evidence quotes the marks back as written (restopped).
var codeSpan = mustPattern("`[^`\n]+`")

// clauseKey is everything the reading of one clause depends on (see
// readClause): its text, the punctuation that ends it, and where it
// stands.
type clauseKey struct {
	part                                string
	colon, question, first, afterAsking bool
}

// memo remembers recent results of a pure reading, safe for concurrent
// drafts. It is cleared when full, so it holds at most size entries.
type memo[K comparable, V any] struct {
	mu   sync.Mutex
	m    map[K]V
	size int
}

func newMemo[K comparable, V any](size int) *memo[K, V] {
	return &memo[K, V]{m: map[K]V{}, size: size}
}

// get is the remembered result for k, else read(k), remembered.
func (c *memo[K, V]) get(k K, read func(K) V) V {
	c.mu.Lock()
	v, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return v
	}
	v = read(k)
	c.mu.Lock()
	if len(c.m) >= c.size {
		clear(c.m)
	}
	c.m[k] = v
	c.mu.Unlock()
	return v
}

// forget empties the memo (tests read from scratch with it).
func (c *memo[K, V]) forget() {
	c.mu.Lock()
	clear(c.m)
	c.mu.Unlock()
}

// entries is a copy of what the memo holds (tests check it).
func (c *memo[K, V]) entries() map[K]V {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.m)
}

// clauseMemo remembers how recent clauses read. Drafting an answer again
// with a sentence added (a reviewer's edit; the property tests, which do
// it to every labelled answer) reads its earlier clauses again, and that
// reading is most of a draft's work. At 4,096 entries it holds a few
// hundred kilobytes.
var clauseMemo = newMemo[clauseKey, clause](clauseMemoSize)

const clauseMemoSize = 4096

// clauses splits an answer into statements and reads how each is put.
// quotation is a quotation in double quotes, straight or curly, on one
// line.
const quotation = `"[^"\n]{1,300}"|“[^”\n]{1,300}”`

var quoted = mustPattern(quotation)

// outsideQuotes drops the cuts that fall inside a quotation: words quoted
// from a sign, a document or a person ("Authorities: TBC", "what happens if
// the model gets it wrong?") are part of the clause that quotes them,
// whatever colon or question mark they hold (v467).
func outsideQuotes(text string, cuts [][]int) [][]int {
	if !strings.ContainsAny(text, "\"“") {
		return cuts // most answers quote nothing: no scan on every draft
	}
	spans := quoted.FindAllStringIndex(text, -1)
	if len(spans) == 0 {
		return cuts
	}
	kept := cuts[:0]
	for _, c := range cuts {
		inside := false
		for _, q := range spans {
			if c[0] > q[0] && c[1] < q[1] {
				inside = true
				break
			}
		}
		if !inside {
			kept = append(kept, c)
		}
	}
	return kept
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// writtenDenied is what a denied clause says is not written: "No
// written down anywhere", "nothing documented" (v497).
var writtenDenied = mustPattern(`(?i)\b(?:written|documented|write-?ups?|on paper)\b`)

// markedUp is Slack-style markup typed by hand: *bold*, _italic_ and
// `code` are read as their words ("_nothing_ written down", "the
// *approved* standard", "`dev` and `prod`"), and ~struck-through~ words
// are taken back ("~We pen test every release~ Correction: …"), so
// they are not read at all (v498).
var (
	struckOut  = mustPattern(`~[A-Za-z][^~\n]*[^~\s]~`)
	emphasised = mustPattern(`(^|[^\w*])[*_]([^*_\n]*[^*_\s])[*_]([^\w*]|$)`)
)

// unmarked reads text without its hand-typed markup (see markedUp).
func unmarked(text string) string {
	if !strings.ContainsAny(text, "*_`~") {
		return text
	}
	text = struckOut.ReplaceAllString(text, "")
	text = codeSpan.ReplaceAllStringFunc(text, codeStopped.Replace)
	text = strings.ReplaceAll(text, "`", "")
	for range 2 { // "*No* UPS, *no* generator": a mark may end where the next begins
		text = emphasised.ReplaceAllString(text, "$1$2$3")
	}
	return text
}

// checkedNone is what a check looks for, none of it: "@ravi checks every
// month that nobody holds prod credentials in dev" (verifies, makes sure
// that nothing …) denies nothing of the answer (v498).
const checkedNone = `\b(?:checks?|checked|checking|verif(?:y|ies|ied)|confirms?|confirmed|ensures?|ensured|makes? sure|made sure)(?: [\w-]+){0,3} that (?:nobody|no one|no-one|nothing|none)\b`

// checkShortcodes writes a checklist's marks as one glyph each: Slack's
// shortcodes (":white_check_mark:", ":x:", ":warning:") and boxes ("[x]",
// "[ ]") as the ticks, crosses and warnings they stand for.
var checkShortcodes = strings.NewReplacer(
	":white_check_mark:", "✅", ":heavy_check_mark:", "✅", ":ballot_box_with_check:", "✅", ":check:", "✅",
	":x:", "❌", ":heavy_multiplication_x:", "❌", ":negative_squared_cross_mark:", "❌", ":no_entry_sign:", "❌",
	":warning:", "⚠", "[x]", "✅", "[X]", "✅", "[✓]", "✅", "[✔]", "✅", "[ ]", "❌")

// inlineList is one way of numbering a list written inline: its first
// two markers, both of which an answer must hold for it to be read as a
// list, and a marker with what joins it to the item before (", and").
type inlineList struct {
	first, second string
	marker        *pattern
}

// inlineLists are the ways of numbering an inline list: "(1) … (2) …",
// "(a) … (b) …", "(i) … (ii) …" and "1) … 2) …".
var inlineLists = []inlineList{
	{"(1) ", "(2) ", mustPattern(`(?:,?\s+(?:and|or))?,?(?:^|\s+)\((?:[1-9]|1[0-9])\)\s+`)},
	{"(a) ", "(b) ", mustPattern(`(?:,?\s+(?:and|or))?,?(?:^|\s+)\([a-h]\)\s+`)},
	{"(i) ", "(ii) ", mustPattern(`(?:,?\s+(?:and|or))?,?(?:^|\s+)\((?:i{1,3}|iv|vi{0,3})\)\s+`)},
	{"1) ", "2) ", mustPattern(`(?:,?\s+(?:and|or))?,?(?:^|\s+)(?:[1-9]|1[0-9])\)\s+`)},
}

// inlineItems reads a list written inline, in one paragraph, as its
// items: each is a clause of its own, so what one item denies ("(2) most
// don't") is not said of the others (v511: v510 read "(1) a few project
// managers invite the security lead to kick-offs if they think of it,
// (2) most don't, and (3) nothing in the project template mentions
// security" as one denial). Items after a colon, a stop or the start
// stand alone ("Two things to say: (1) there's no clear desk rule, and
// (2) …"); items that finish a sentence begun before the first marker
// each take that beginning ("Our AI risk process (a) has never been
// reviewed and (b) has no owner" is "Our AI risk process has never been
// reviewed; Our AI risk process has no owner").
func inlineItems(text string) string {
	for _, l := range inlineLists {
		if !strings.Contains(text, l.first) || !strings.Contains(text, l.second) {
			continue
		}
		var b strings.Builder
		last, stem := 0, ""
		for i, m := range l.marker.FindAllStringIndex(text, -1) {
			between := text[last:m[0]]
			sentence := strings.LastIndexAny(between, ".;:!?\n") // where the text before this marker last ended a sentence
			b.WriteString(between)
			switch {
			case i > 0 && sentence < 0: // a later item of the same sentence
				b.WriteString("; ")
				b.WriteString(stem)
			default: // a first item: what its sentence says before it is the stem
				stem = strings.TrimSpace(between[sentence+1:])
				if stem != "" {
					stem += " "
				}
				b.WriteString(" ")
			}
			last = m[1]
		}
		b.WriteString(text[last:])
		text = b.String()
	}
	return text
}

// toneShortcode is a Slack emoji shortcode left once a checklist's ticks
// and crosses are read (checkShortcodes): ":grimacing:", ":tada:",
// ":see_no_evil:", ":+1:". It sets a tone and ends what comes before it,
// as a stop does; its colons are no label's ("Nope :grimacing: anyone
// with a laptop can install …" is two sentences, not a label "Nope" and
// a label "grimacing", v510).
var toneShortcode = mustPattern(`(^|\s):[a-z0-9_+-]+:(\s|$)`)

// negativeTag is a negative tag question that ends a claim: ", isn't
// it", ", don't we", ", aren't they" (v513).
var negativeTag = mustPattern(`(?i),\s*(?:isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't)\s+(?:it|they|we|you|he|she|there|i)\W*$`)

// tagConfirmed opens a reply that confirms a tag question's claim: "Yes",
// "It is", "They do", "We do", "Correct" (v513).
var tagConfirmed = mustPattern(`(?i)^\W*(?:yes|yeah|yep|correct|indeed|it (?:is|does|has|was|did)|they (?:are|do|have|were|did)|we (?:do|are|have|did)|(?:he|she) (?:is|does|has|did))\b`)

// checkItem is one item of a checklist: a tick, a cross or a warning and
// what follows it, up to the next mark or the end of the line.
var checkItem = mustPattern(`(✅|✔|☑|❌|✖|❎|⚠)\x{FE0F}?[ \t]*([^✅✔☑❌✖❎⚠\n]*)`)

// checklist reads an answer written as a checklist of ticks and crosses
// ("✅ badge readers on every entrance ✅ visitors signed in … ❌ no stats
// kept", ":x: DLP tool", "[ ] anything since") as the statements it
// makes: each item is a clause of its own, a ticked item (or a warning)
// says what it says, and a crossed item says it is not there: "❌
// encryption" is "No encryption", "❌ written down anywhere" is "No
// written down anywhere"; one that denies already ("❌ no stats kept")
// stays as it is (v497).
func checklist(text string) string {
	if strings.ContainsAny(text, "[:") {
		text = checkShortcodes.Replace(text)
	}
	if !strings.ContainsAny(text, "✅✔☑❌✖❎⚠") {
		return text // no mark, before or after the shortcodes are read
	}
	return checkItem.ReplaceAllStringFunc(text, func(m string) string {
		sub := checkItem.FindStringSubmatch(m)
		item := strings.TrimSpace(sub[2])
		if item == "" {
			return "\n"
		}
		head := item // what the cross is set against: up to the item's first stop
		if i := strings.IndexAny(item, ".;!?"); i >= 0 {
			head = item[:i]
		}
		if strings.ContainsAny(sub[1], "❌✖❎") && !denies.MatchString(head) {
			item = "No " + item
		}
		return "\n" + item + " "
	})
}

func clauses(text string) []clause {
	var out []clause
	text = noStop.ReplaceAllStringFunc(unmarked(text), unstopped.Replace)
	text = runOnStop.ReplaceAllStringFunc(text, func(m string) string {
		word, rest, _ := strings.Cut(m, " ")
		rest = strings.TrimLeft(rest, " \t")
		if strings.HasPrefix(rest, "I ") && joiners[strings.ToLower(word)] {
			return m // "and I think it was …" goes on one sentence
		}
		return word + ". " + rest
	})
	text = checklist(text) // after run-ons are stopped: an item ends where its sentence does
	if strings.Contains(text, ":") {
		for range 2 { // ":tada: :tada:": a mark may begin where the last one's space was
			next := toneShortcode.ReplaceAllString(text, "$1.$2") // after checklist has read the ticks and crosses
			if next == text {
				break // most answers with a colon hold no shortcode: one reading
			}
			text = next
		}
	}
	text = inlineItems(text)
	text = splitSplices(cutOutsideBrackets(andFact, cutOutsideBrackets(andNobody, cutOutsideBrackets(withoutClause, text))))
	cuts := outsideQuotes(text, clauseSplit.FindAllStringIndex(text, -1))
	// "It's not as though the benefits were ever examined": "as though"
	// is "as if", not a contrast, and what it says is denied (v482).
	cuts = slices.DeleteFunc(cuts, func(c []int) bool {
		return strings.EqualFold(strings.TrimSpace(text[c[0]:c[1]]), "though") && strings.HasSuffix(strings.ToLower(text[:c[0]]), " as") ||
			text[c[0]:c[1]] == "?" && strings.HasSuffix(text[:c[0]], "(") && strings.HasPrefix(text[c[1]:], ")") || // an owner's doubt, "(?)": no question (v517)
			text[c[0]:c[1]] == ":" && inBrackets(sentenceSoFar(text, c[0])) // "(verified: I saw the last review)": a note's label, no clause's end (v525)
	})
	start := 0
	for i := 0; i <= len(cuts); i++ {
		end, next, delim := len(text), len(text), ""
		if i < len(cuts) {
			end, next, delim = cuts[i][0], cuts[i][1], text[cuts[i][0]:cuts[i][1]]
		}
		part := strings.TrimSpace(text[start:end])
		start = next
		if strings.IndexFunc(part, isWordRune) < 0 {
			continue // nothing but marks (a quotation's closing mark, a dash): says nothing (v467)
		}
		key := clauseKey{part: part, colon: strings.HasPrefix(delim, ":"), question: strings.Contains(delim, "?"), first: len(out) == 0,
			afterAsking: len(out) > 0 && out[len(out)-1].question}
		out = append(out, clauseMemo.get(key, readClause))
	}
	// A gap analysis in labelled halves ("In place: … Missing: a written,
	// approved procedure", "Done: … To do: measure how often …", "Works:
	// … Gap: …", "Have: … Need: …"): each label states nothing, what
	// follows "Missing:" (a gap, "Not done:", "Need:") is not done and
	// what follows "To do:" (next steps) is planned, so neither counts;
	// "Missing: none we know of" ("Still to do: nothing pressing") takes
	// nothing away (v521). Only the clause right after the label is read
	// so: "Missing: a written procedure; it's just how the team works"
	// goes on to say something else. These labels are read in the one
	// walk over label and answer pairs, with the bare-no and ETA ones.
	// A question put back and answered "not really" is denied, and so is
	// a label before a colon answered with a bare no ("Documented process
	// for it: no", "Anyone asked to do it: no", "Approved: none"); not a
	// longer statement before what it counted ("… and counts missed
	// patches: none") (v485). A label before a colon answered with an
	// ETA ("Adding a diversity requirement to a documented scoping
	// process: ETA H2", "Tracking how many advisories we act on: ETA next
	// year") is planned, as a clause holding one is ("A records policy is
	// in flight, ETA April": plannedOnly) (v518).
	for i := 1; i < len(out); i++ {
		if label := out[i-1]; label.colon {
			gap, todo := gapLabel.MatchString(label.text), todoLabel.MatchString(label.text)
			switch {
			case gap || todo:
				out[i-1].aside, out[i-1].negated, out[i-1].plan, out[i-1].halfLabel = true, false, false, true
				switch {
				case nothingMissing.MatchString(out[i].text):
					out[i].aside = true
				case gap:
					out[i].negated = true
				default:
					out[i].plan = true
				}
			case haveLabel.MatchString(label.text):
				out[i-1].aside = true
			case verdictLabel.MatchString(label.text) && verdictOnly.MatchString(out[i].text):
				out[i-1].aside, out[i].aside = true, true
			}
		}
		if out[i-1].question && answeredNo.MatchString(out[i].text) ||
			out[i-1].colon && !out[i-1].aside && len(strings.Fields(out[i-1].text)) <= 7 && bareNo.MatchString(out[i].text) {
			out[i-1].negated = true
		}
		if out[i-1].colon && !out[i-1].aside && etaFirst.MatchString(out[i].text) {
			out[i-1].plan = true
		}
	}
	// A longer label before a colon (up to ten words, no subject) is a
	// label too when what follows denies it, referring back: "Expert or
	// user input on trustworthiness after deployment: we've never asked
	// for it" (v445).
	for i := 0; i+1 < len(out); i++ {
		if c := out[i]; c.colon && !c.aside && !c.question && len(strings.Fields(c.text)) <= 10 && !subject.MatchString(c.text) &&
			out[i+1].negated && !out[i+1].relative && referBack.MatchString(out[i+1].text) {
			out[i].aside = true
		}
	}
	// What the next clause shows was no practice states nothing: a
	// question someone put, or a discrepancy that turned up, that nobody
	// could then answer ("someone asked how the chatbot project fits our
	// goals, and nobody had an answer", "two servers turned out to have
	// different settings, and nobody could say which was right", v474); a
	// tool told before "but it was never wired in" (nobody has set it up,
	// that module was never turned on, it's switched off: neverSetUp,
	// v479); and a span of time told before a denial (timeFrameOnly,
	// v477).
	for i := 0; i+1 < len(out); i++ {
		c, next := out[i], out[i+1]
		if c.counts() && (askedOrTurnedUp.MatchString(c.text) && unanswered.MatchString(next.text) ||
			neverSetUp.MatchString(next.text) ||
			neverAsked.MatchString(next.text) && offerOnAsk.MatchString(c.text) ||
			inPractice.MatchString(next.text) && capability.MatchString(c.text) ||
			next.negated && !next.relative && timeFrameOnly.MatchString(c.text) ||
			notHeldNext.MatchString(next.text) && meetingLike.MatchString(c.text)) {
			out[i].aside = true
		}
	}
	// An owner's own score ("I'd give us a 2, but that's generous",
	// "Zero, honestly", "A 4.", "Call it a 3 for effort") beside anything
	// else the answer says states nothing: the level is read from what
	// they describe. Told alone it is a claim ("I'd say we're a 4 on
	// patching", read as before) (v463).
	if slices.ContainsFunc(out, func(c clause) bool { return !c.aside && !c.score }) {
		for i := range out {
			if out[i].score {
				out[i].aside = true
			}
		}
	}
	// The owner's reading of the question before a no or a denial ("If you
	// mean fire, flood or a power cut, nobody has ever assessed them", "If
	// you mean lining up the AI policy with our other policies, no")
	// states nothing: what follows answers it (v464). A longer clause
	// goes on to say what is done ("If by cabling you mean the network
	// cables in the office, our facilities man tidied …") and counts.
	for i := 0; i+1 < len(out); i++ {
		if out[i].counts() && out[i].readsQuestion && (out[i+1].negated || bareYesNo.MatchString(out[i+1].text)) {
			out[i].aside = true
		}
	}
	// A topic put first in a few words with no subject, the way a speaker
	// names what they were asked about ("So the power, yeah. We don't
	// have a UPS …", "Threat intel, no. We don't use any …", "So
	// reporting to outside parties, no, there's no way …"), states
	// nothing: closed by "yeah" or followed by a bare no or yes (v461).
	if len(out) > 0 && spokenTopic(out[0]) && (topicClosed.MatchString(out[0].text) || len(out) > 1 && bareYesNo.MatchString(out[1].text)) {
		out[0].aside = true
	}
	// A page, template or document said to be empty ("There's a page at
	// https://… but it's empty, just a title") is no page: the empty
	// clause and the one it empties deny (v450).
	for i := 1; i < len(out); i++ {
		if emptied.MatchString(out[i].text) && out[i-1].counts() {
			out[i].negated, out[i-1].negated = true, true
		}
	}
	// A question put back in a word or two and answered with what is done
	// ("Measured? Blocked execution attempts per week.", "Improved? They
	// spiked to 300 …, so we added …") is said: the answer is its yes
	// (v445). One answered by a one-off ("Reviewed? Once, in 2021.") or
	// by anything that does not count stays asked.
	for i := 1; i < len(out); i++ {
		if out[i-1].question && !out[i-1].negated && askedInAWord.MatchString(out[i-1].text) &&
			out[i].counts() && !out[i].question && !out[i].relative && !readsAdHoc(out[i].text) {
			out[i-1].hedging, out[i-1].question = false, false
		}
	}
	// A claim put with a negative tag ("The impact assessment process is
	// approved, isn't it?", "We rank AI risks, don't we?") and confirmed
	// next ("It is, …", "Yes: …") is said: the tag's "isn't" denies
	// nothing, and the question is answered (v513). Answered with a
	// denial ("It doesn't: …", "No.") or not at all, it stays as read.
	for i := 0; i+1 < len(out); i++ {
		if out[i].question && negativeTag.MatchString(out[i].text) && tagConfirmed.MatchString(out[i+1].text) {
			out[i].hedging, out[i].question = false, false
			out[i].negated = denies.MatchString(negativeTag.ReplaceAllString(out[i].bare, ""))
		}
	}
	// What is done instead, beside a denial of the control, is its
	// absence: "integrity isn't checked, we just restore".
	// Not knowing, said first ("I couldn't tell you what the engine is
	// meant to achieve"), denies the control as deniedCheck does.
	if slices.ContainsFunc(out, func(c clause) bool {
		return c.negated && !c.aside && (deniedCheck.MatchString(c.bare) || c.unknown)
	}) {
		for i := range out {
			if insteadOnly.MatchString(out[i].text) || slices.ContainsFunc(tableCells(out[i].text), insteadOnly.MatchString) || slices.ContainsFunc(flowSteps(out[i].text), insteadOnly.MatchString) {
				out[i].negated = true
			}
		}
	}
	// A count's result after its colon ("a weekly scan counts any
	// production data or credentials found outside production: none in the
	// last eight weeks") is an outcome measured, not a denial (v471).
	for i := 1; i < len(out); i++ {
		if out[i-1].colon && out[i-1].counts() && counting.MatchString(out[i-1].text) && out[i].negated && countedNone.MatchString(out[i].text) {
			out[i].negated = false
		}
	}
	// A bare list after a denial's colon ("Everything's on one network:
	// servers, laptops, the guest wifi") spells out what it denies, and so
	// does what is done instead ("no perimeter to speak of: the loading
	// bay door stays open all day …").
	for i := 1; i < len(out); i++ {
		if out[i-1].colon && out[i-1].negated && !out[i-1].aside && (out[i].bareList() || insteadOnly.MatchString(out[i].text) || allowedAll.MatchString(out[i].text)) {
			out[i].negated = true
		}
	}
	// A bare list before a colon with a denial after it ("Refunds,
	// complaints, a customer hurt by a bad recommendation: none of it has
	// been thought through") names what the denial covers.
	for i := 0; i+1 < len(out); i++ {
		if out[i].colon && !out[i].aside && out[i].bareList() && out[i+1].negated && !out[i+1].aside {
			out[i].negated = true
		}
	}
	// A label that names a document ("emerging risk procedure:",
	// "documented go/no-go gate:") before what it says is done claims the
	// document, unless what follows denies, plans or hedges (v432); a
	// label naming a target ("- target: under 5 desks per floor") claims
	// the target the same way (v440). Not where a later clause denies
	// that anything is written ("Ops runbooks: ✅ the on-call team follows
	// the same steps … ❌ written down anywhere", v497).
	for i := 0; i+1 < len(out); i++ {
		c := out[i]
		if c.colon && c.aside && !c.negated && !c.plan && !c.hedging && claimLabel.MatchString(c.text) && out[i+1].counts() &&
			!slices.ContainsFunc(out[i+1:], func(d clause) bool { return d.negated && writtenDenied.MatchString(d.text) }) {
			out[i].aside = false
		}
	}
	// "It's been that way since we started" (or "it was simpler that way")
	// says again what came before:
	// beside a denial it is one.
	for i := 1; i < len(out); i++ {
		j := i - 1
		for j > 0 && out[j].aside && !out[j].negated {
			j-- // "Last year: … with no agreement. This year: the same again" (v444)
		}
		if out[j].negated && !out[j].aside && sameAgain.MatchString(out[i].text) {
			out[i].negated = true
		}
	}
	// "Secrets used to be our Achilles' heel; not any more": what ended
	// is the weakness (weakPast), and the bare "not any more" says no
	// more than that (v481).
	for i := 1; i < len(out); i++ {
		if weakPast.MatchString(out[i-1].text) && noMore.MatchString(out[i].text) {
			out[i].aside, out[i].ended, out[i].negated = true, false, false
		}
	}
	// What was done before set against what is done now in labelled
	// halves ("Before: the contractor serviced it every spring. Now: the
	// contract ran out …", "Last year: … This year: …", "Then: … Today:
	// …"): the labels and the first half state nothing of today, whether
	// it told of a practice since lapsed or of an absence since mended.
	// "Today: the same" tells that the first half still holds (v522).
	for i := 0; i < len(out); i++ {
		if !out[i].colon || !pastLabel.MatchString(out[i].text) {
			continue
		}
		j := i + 1
		for j < len(out) && !(out[j].colon && presentLabel.MatchString(out[j].text)) {
			j++
		}
		if j == len(out) {
			continue // no "Now:": "Then:" may only be a next step
		}
		out[i].aside, out[j].aside = true, true
		if j+1 < len(out) && stillAsBefore.MatchString(out[j+1].text) {
			out[j+1].aside = true
		} else {
			for k := i + 1; k < j; k++ {
				out[k].aside, out[k].before, out[k].ended = true, true, false
			}
		}
		i = j
	}
	if slices.ContainsFunc(out, func(c clause) bool { return c.ended }) {
		for i := range out {
			out[i].past = !out[i].before && past.MatchString(out[i].text)
		}
	}
	return out
}

// pastLabel and presentLabel are the labels of an answer's halves that
// set before against now ("Before:", "A year ago:", "Previously:";
// "Now:", "Today:", "Currently:"), and stillAsBefore a now that repeats
// the before ("the same", "no change"): see clauses (v522).
var (
	pastLabel     = mustPattern(`(?i)^\W*(?:before|then|back then|previously|formerly|in the past|(?:a|one|two|three|\d+) (?:years?|months?) ago|a (?:few|couple of) (?:years|months) ago|last year|the old way|used to be)\W*$`)
	presentLabel  = mustPattern(`(?i)^\W*(?:now|today|currently|these days|nowadays|this year|at present|since then|the new way|so far this year)\W*$`)
	stillAsBefore = mustPattern(`(?i)^\W*(?:(?:still |exactly )?the same(?: again| as before| as then)?|same again|same as before|no change|unchanged|nothing(?:'s| has) changed|ditto)\W*$`)
)

// selfScore is an owner's own score for the control, told in a clause of
// its own, with the words owners put around it ("I'd rate us a 4", "A 2 at
// most, if I'm honest about it", "We're a 3 going on 4", "Top marks, a 5"),
// or their verdict on it ("but that's generous").
var selfScore = mustPattern(`(?i)^\W*(?:(?:but|and|so|honestly|maybe|probably|definitely|solid|generously|top marks|i think|i'd say|i would say|i reckon|call it|i'd call it|we'd say|i'd give (?:us|it|ourselves)|i would give (?:us|it)|i'd rate (?:us|it|ourselves)|we'd (?:score|rate|give) (?:us|ourselves|it)|i'd put (?:us|it) at|we're|we are|it's|it is|that's|that is|we'd be|i'll be modest and say|we're at|we sit at|level),?\s+)*(?:an? )?(?:zero|nil|nought|one|two|three|four|five|[0-5])(?:/5| out of (?:5|five))?(?:,?\s+(?:honestly|sadly|i'm afraid|at best|at most|no more|generously|for effort|i think|i reckon|i'd say|i'd argue|maybe|if i'm honest(?: about it)?|to be honest|going on (?:an? )?(?:zero|nil|nought|one|two|three|four|five|[0-5])|on a good day|maybe (?:an? )?(?:zero|nil|nought|one|two|three|four|five|[0-5])|or (?:an? )?(?:zero|nil|nought|one|two|three|four|five|[0-5])|and i think we earned it|in my view))*\W*$|^\W*(?:but )?(?:that's|that is|i'm being|it's) (?:(?:very|a bit|too|being) )?(?:generous|kind|optimistic|harsh|modest)\W*$`)

// meaningAsked opens the owner's reading of what the question means: "If
// you mean …", "If by cabling you mean …", "If secure areas means …",
// "Assuming you mean …", "Do you mean …".
var meaningAsked = mustPattern(`(?i)^\W*(?:if (?:by [\w'-]+(?: [\w'-]+){0,4} )?you mean|if [\w'-]+(?: [\w'-]+){0,4} means|assuming (?:you mean|[\w'-]+(?: [\w'-]+){0,4} means)|by [\w'-]+(?: [\w'-]+){0,4} i take it you mean|(?:do|did) you mean)\b`)

// spokenTopic reports whether a clause could be a topic named first: a
// clause that counts, not before a colon nor a question, and topicLike.
func spokenTopic(c clause) bool { return c.counts() && !c.colon && !c.question && c.topicLike }

// topicLike reports whether a text could name a topic: at most seven
// words, with no subject or verb (see subject) and nothing a signal reads
// ("Monthly, yes" names a cadence, not a topic).
func topicLike(text string) bool {
	if len(strings.Fields(text)) > 7 || subject.MatchString(text) {
		return false
	}
	for level := 2; level <= 5; level++ {
		if signalShown(text, level) {
			return false
		}
	}
	return true
}

// topicClosed ends a topic named first with a speaker's "yeah".
var topicClosed = mustPattern(`(?i),?\s+(?:yeah|yep|right|okay|ok)\W*$`)

// bareYesNo is a clause that is only a yes or a no.
var bareYesNo = mustPattern(`(?i)^\W*(?:no|nope|yes|yeah|yep|not really|none|nothing)\W*$`)

// readClause reads how one clause is put. It reads nothing but its key:
// clauses keeps what it reads in clauseMemo.
func readClause(k clauseKey) clause {
	text := afterContrast(k.part)
	part := text
	// What a colleague is reported to say is read as said: "The model
	// validation team says nobody checks …" denies, as "nobody checks …"
	// does (v446). The clause keeps its words.
	if loc := relayed.FindStringIndex(part); loc != nil && loc[1] < len(part) {
		part = part[loc[1]:]
	}
	// What only looks like a denial, an end, a plan or a guess is
	// taken out before those are read again, and only where the clause
	// reads as one at all: most clauses read as none.
	bare := part
	if denies.MatchString(part) || stale.MatchString(part) {
		bare = notNegation.ReplaceAllString(part, "")
	}
	bareDenies := denies.MatchString(bare)
	if bareDenies {
		bare, bareDenies = withoutPurpose(bare)
	}
	// A label before a colon ("Monitoring: TBC") or an interjection
	// states nothing; a question is at most a hedge. A bare condition
	// states nothing either, unless it denies something itself ("if
	// a risk nobody expected turned up" denies nothing).
	aside := k.colon && len(strings.Fields(part)) <= 6 && !subject.MatchString(part) || k.colon && exampleOpener.MatchString(part) || exampleVerdict.MatchString(part) || feelingOnly.MatchString(part) || (emphasisOnly.MatchString(part) || figureOnly.MatchString(part)) && !emphasisNot.MatchString(part) || sourceOnly.MatchString(part) ||
		statusColour.MatchString(part) || interjection.MatchString(part) || auditFinding.MatchString(part) || elsewhere.MatchString(part) || othersDo.MatchString(part) || bareCondition.MatchString(part) && !bareDenies && !habitual.MatchString(part)
	question := k.question
	ended := (stopped.MatchString(part) && stopped.MatchString(notEnded.ReplaceAllString(part, "")) || untilYear.MatchString(part) && !ongoing.MatchString(part)) &&
		!improvedBy.MatchString(part) && (!replaced.MatchString(part) || notReplaced.MatchString(part))
	// A roadmap made in a clause that tells its result in figures ("so we
	// added a remediation roadmap and a compliance gate …, and the share
	// has risen to 85%") was carried out, not only planned (v373).
	plan := false
	if plannedOnly.MatchString(part) {
		unplanned := part
		if roadmapMade.MatchString(part) && resultInFigures.MatchString(part) {
			unplanned = roadmapMade.ReplaceAllString(part, "")
		}
		// A routine told with will ("Every quarter the facilities lead
		// will test the UPS", "Each laptop will be enrolled …") is a
		// habit, not a plan, where nothing in the clause looks ahead
		// ("next year", "once we have budget", "at some point", v483).
		if willHabit.MatchString(unplanned) && !willAhead.MatchString(unplanned) {
			unplanned = willWord.ReplaceAllString(unplanned, "")
		}
		plan = plannedOnly.MatchString(notPlanned.ReplaceAllString(unplanned, ""))
	}
	plan = plan || hypothetical.MatchString(part) && hypothetical.MatchString(notHypothetical.ReplaceAllString(part, ""))
	// Where a clause stands changes two doubts: not knowing, said
	// first, denies (it doubts nothing said before it), and "…, but
	// I've never seen it" after a claim doubts it, as "I think" does
	// (said first, it denies).
	cannotSayFirst := k.first && saysFirstItCannotSay.MatchString(part)
	unseen := !k.first && neverSeenIt.MatchString(part)
	// "Monitoring: zero." answers no.
	negated := (bareDenies || silentDocument.MatchString(part) || ended || overbroad.MatchString(part) && overbroad.MatchString(readApart.ReplaceAllString(part, "")) && !oneOfThemDoes.MatchString(part) || nothingAtAll.MatchString(part) || talkedOnly.MatchString(part)) && !unseen || cannotSayFirst ||
		zeroCount.MatchString(part) && !zeroTrouble.MatchString(part)
	hedging := (hedged.MatchString(part) && hedged.MatchString(purposeOf.ReplaceAllString(part, "")) || question || unseen || othersBelieve.MatchString(part)) && !cannotSayFirst
	return clause{text: text, bare: bare, claimed: withoutScareQuotes(text), aside: aside, question: question, colon: k.colon, negated: negated, ended: ended, unknown: cannotSayFirst,
		plan: plan, hedging: hedging, relative: relativeDenial.MatchString(part) || !k.first && notThere.MatchString(part) || !k.first && !k.afterAsking && checkDenial.MatchString(part),
		score: selfScore.MatchString(text), readsQuestion: len(strings.Fields(text)) <= 12 && meaningAsked.MatchString(text), topicLike: k.first && topicLike(text)}
}

var (
	negative = mustPattern(`(?i)^\s*(no|none|nothing|not yet|n/?a|nope|tbd|tbc|unknown|dunno|no idea)\b|\bwe (do not|don't|haven't|have not|never)\b|\bnot (in place|implemented|started|done)\b|\bno (process|policy|one|owner)\b`)
	// adHoc reads a practice done when someone remembers, has time, is
	// there ("when she's at the desk"), can spare it ("if the deadline
	// allows"), asks or tells in passing ("asked … what they wanted over
	// lunch"; what is done "every morning over coffee" is done every
	// morning), happens to be near ("because she
	// happened to sit nearby"), was won over ("after a ten-minute demo")
	// ("whenever someone had time", "when the lead has time", "until
	// someone from IT has a quiet afternoon"), found out about "when the
	// application falls over", "hit and miss", known "off the top of her
	// head", once ("a customer complaint once reached the director"), "if
	// something in it catches someone's eye", "when the CRM gets slow", on
	// a hunch, "a rough list", or once ("mentioned once in a strategy slide", "once, we
	// asked …", "asked around once whether", "had a look at the hiring model after a complaint",
	// "someone once wrote a few goals", "slides … shown once at an
	// all-hands", "our red team looked at the chatbot once", "that's all
	// the security testing it's had"; "one time" is not "one timeline"),
	// done "whenever it's
	// quicker" (or easier), "if the editor hears about
	// them", or so that "each one ends up a little different" ("each one
	// ends up configured slightly differently"), or where
	// someone "has some ideas" about it, or handled "as well as she can",
	// or "for her own projects" (one person's practice), or mentioned "at
	// the odd team meeting, when something's been in the news" (or "at
	// the odd all-hands", v353), or done
	// "when they start making odd noises", or "if the deal is big", or
	// "if they happen to see them", or decided "mostly on gut feel", or
	// shown "depending on which team built the feature", or where the
	// team "works something out on the spot", or
	// only "when it was first pitched" or "every few years" ("every
	// couple of months" is a cadence), or on "a few
	// examples they have lying around", or a token mention ("is a line in
	// the CEO's yearly slides"), or
	// what someone "might" do when something happens ("when two alerts
	// look connected, the analyst on shift might check"): a habit, not a
	// plan (see notHypothetical), and not one to rely on; so is "a note
	// somewhere", and so is what was done "when the model API went down
	// in March" (one event, told as such) or "in a hallway conversation"
	// (a sign-off given there is no approved document either), and so is
	// what is done "whenever they need" it, what "a developer once raised"
	// (or one team once used), what "whoever builds a model decides", and
	// what "comes down to whether the sales team likes the demo", what
	// starts "whenever the person handling the incident feels" ready, and
	// a purpose "roughly understood by the team that built it", and a
	// release tried by a team "because they asked to" (v351), and roles
	// sorted out "by whoever is leading it" (v352), and metrics where
	// "each picks their own" (v355), and a manager who "keeps a note of
	// anything she hears" (v358), and tools run "whenever suits them" (or
	// "when it suits" them), and AI the CEO "mentions … in the yearly
	// strategy presentation" (a token mention, v360), and data cleaned
	// "however they were taught at university" (v362), and laptops "we tend
	// to find out weeks later" are still at a leaver's house (found by
	// chance, v363), and what people "ask whoever seems to know" (who is
	// asked is a guess each time, v368; and so is "message whoever they
	// know in IT", v375), and libraries "each data
	// scientist installs what they need" (each person's own way, v369),
	// and records that "are wherever each department puts them" (v391),
	// and changes pushed "whenever they're happy" with them (v392), and a
	// CTO who "talks about building AI fairly and safely at the annual
	// kick-off" (a token mention, as v360's, v394), and an incident
	// called over "when the systems look stable to her, judging it by eye
	// each time" (one person's judgement, with nothing to judge it by), and
	// what "a couple of team leads" do (a few of a group, v401), and a
	// password read out "by whichever of our two IT people picks up" (who
	// does it is chance, v402).
	// So is what the team talked about "when it first went live" (once, at
	// launch, as "when it was first pitched", v407).
	// And a topic "covered only by one line in the staff handbook's
	// introduction" (a token mention, as "is a line in" one, v408).
	// And "a rough calculation at the time" (quick, back-of-the-envelope:
	// a guess made once, v413).
	// And an evaluation that "happened once" (took place, was run once,
	// v450).
	// And what is done "in certain instances, where the engineer
	// concerned chooses to do so" (v449).
	// And "a personal spreadsheet of the datasets" (list, notes, tracker)
	// one person keeps is hers, not a team's; figures a lead keeps "in a
	// personal spreadsheet" after a weekly check say only where (v446).
	// And what someone "keeps a few notes" about (jots down, makes or
	// writes some notes, the odd note): notes, not a record (v419).
	// One person who always does it while "most others skip it", or a
	// practice "down to the individual lead", is ad hoc (v433).
	// So is a check done "if the reviewer has time" (anyone having or
	// finding time), and "once" ends a clause as a one-off, but not in
	// "case records are write-once" (v436).
	// So is what someone "said in an all hands" (a town hall, a kick-off,
	// an away day), once, and what "gets sorted when someone asks" (v441).
	// So is a key (or access) its keeper "lends to whoever asks" (v472).
	// So is whatever "whether" it is done "depends on the data scientist"
	// (the engineer, the individual lead), as "depends on who" is (v496).
	// So is what one team did "once, before launch" (after go-live, at
	// the pilot, v497); not thresholds "set once at launch", which is when
	// a setting was made.
	// What is done "when someone feels like it" (thinks, wants, decides,
	// remembers, notices) is whim; the verb is a whole word ("when phishing
	// turned out far likelier than scored" is no whim), and its past
	// ("if anyone thought to", "if the old manager remembered") is whim too
	// (v508). So is a page that "mentions 'responsible AI' in one line" (a
	// single sentence, names it in one bullet): a token mention (v511).
	// A page "written by an engineer on his own" (set up, put together by
	// one) is one person's doing, not a set practice; a practice someone
	// repeats "on her own initiative" is still repeated (v523). So is a
	// data scientist who "keeps her own list" (his own spreadsheet): one
	// person's record (v525).
	adHoc = mustPattern(`(?i)\b(?:keeps?|kept|maintains?|maintained) (?:her|his) own (?:list|spreadsheet|sheet|notes?|tracker|copy|record|log)\b|\b(?:written|made|set up|put together|started|drawn up|created) by (?:an?|one) [\w-]+(?: [\w-]+)? on (?:his|her|their) own\b|\b(?:mentions?|mentioned|names?|named|refers? to|referred to)\b[^.;]{0,60}\bin (?:just |only )?(?:one|a single) (?:line|sentence|bullet|paragraph|footnote)\b|\bonce, (?:just )?(?:before|after|during|at|around) (?:the |its |their |our )?(?:launch|go-live|release|rollout|pilot|audit|migration|kick-?off)\b|^\W*whether\b[^.;:]{0,80}\b(?:depends|hinges|rests) on (?:the (?:[\w-]+ )?(?:person|engineer|scientist|developer|analyst|individual|lead|manager|owner)s?)\b|\b((?:lends?|lent|gives?|gave|hands?|handed) (?:it|them|the [\w-]+|keys?|access)(?: out)? to (?:whoever|anyone who|anybody who) (?:asks|wants(?: one| it)?)|` + inPassing + `|(?:happened|took place|occurred|was (?:done|run|held)) once|in (?:certain|some) (?:instances|cases)|where (?:the|an?) [\w-]+(?: [\w-]+)? (?:concerned )?(?:chooses|decides|wishes|wants) to|(?:a|her|his|my|their|your) (?:own )?personal (?:spreadsheet|list|notes?|copy|tracker|doc|document|file|folder|record|log|notebook)s? of|(?:said|mentioned|announced|told (?:us|everyone|staff|people)) (?:it )?(?:in|at|during) (?:an?|the|one|last (?:week's|month's|year's)) (?:all[- ]hands|town ?hall|kick-?off|offsite|away ?day)\b|(?:get|gets|got) (?:sorted|sorted out|handled|dealt with|looked at|fixed) (?:when|whenever|if) (?:someone|somebody|anyone|anybody|people) (?:asks|shouts|complains|pushes)\b|(most|many|some|the|a few) others (skip|skips|don't|do not|ignore|never|won't)|down to the individual|(keeps?|kept|jots?|jotted|makes?|made|takes?|took|writes?|wrote) (down )?(a few|some|the odd|a couple of) (rough )?notes\b|(a|one) (rough|quick|back-of-the-envelope|ballpark) (calculation|estimate|sum|sketch)|(we|they|i|it|people) (tend to |usually |often |only |always )?(find|found|finds|learn|learns|learned|hear|hears|heard) (out )?(weeks|months|days|years) (later|afterwards|after)\b|however (they|he|she|each|people|staff|[\w-]+s) (were|was|are|is|got) (taught|trained|shown|told)\b|(mentions?|mentioned|brings? up|brought up|touches on|touched on|talks? about|talked about|speaks? (about|of)|spoke (about|of)) [\w-]+( [\w-]+){0,4} (in|at|during) (the|his|her|their|our|an?) (yearly|annual|quarterly) ([\w-]+ ){0,2}(presentation|slides?|deck|speech|address|talk|all-hands|town ?hall|kick-?off|offsite)|(notes?|noted|keeps? a note of|kept a note of|jots? down|writes? down) (anything|whatever) (she|he|they|we|i|people|someone) (hears?|heard|comes? across|came across|picks? up|picked up|happens? to (hear|see|notice))|` + oneOffSaid + `|whenever ([\w-]+ ){1,6}(feels?|thinks?|reckons?|judges?|guesses?)|(is|are) (roughly|vaguely|loosely|broadly|sort of|kind of) (understood|known)|` + knowsIt + `|` + saveWhen + `|` + discussedOnce + `|(^|[.;]\s*)when [^.;,]{0,60}\b(went down|broke|crashed|leaked|went wrong|fell over)\b[^.;,]{0,20}\b(in|last) (january|february|march|april|june|july|august|september|october|november|december)\b|ad[ -]hoc|informal(ly)?|rarely|seldom|hardly ever|(when|whenever) (we|someone|somebody|anyone|people|they|he|she|the [\w-]+|our [\w-]+) (remember(s|ed)?|gets? a chance|got a chance|has time|have time|had time)|sometimes|occasionally|it varies|varies (by|across|between|from)|it depends|depends (on )?(how |what )?(who|whoever)|depending on (how |what )?(who|whoever)|depend(s|ing) on (the|which|what) (team|project|person|day|rep|sales rep|engineer|manager)|case by case|` + oneOffMention + `|(works?|worked|figures?|figured|sorts?|sorted|makes?|made) (something|it|things|them) (out|up) (on the spot|on the fly|there and then|as (they|we|he|she) go)|if (we|they|he|she|someone|somebody|the [\w-]+|a [\w-]+) (has|have|gets?|finds?) (the )?time|(was|were|been|got) (only |just )?(mentioned|raised|discussed|brought up|talked about|floated) once\b|(looked at|tested|checked|reviewed|assessed|scanned|audited|examined|probed) (it|them|the [\w-]+( [\w-]+)?) once\b|(that's|that is|it's|it is) (all|the only) (the )?([\w-]+ ){0,2}[\w-]+ (it's|it has|they've|they have|we've|we have) (had|got|done)\b|\b(shown|presented|mentioned|raised|discussed|covered|read out|talked through|walked through|demoed|circulated|shared) once (at|in|during|on|to)\b|(someone|somebody|one of us|a colleague|(a|an|one) [\w-]+) once (wrote|made|drew up|put together|set up|created|drafted|used|tried|ran|held|built|raised|mentioned|flagged|asked)\b|(comes?|came) down to (whether|if|what|how much) ([\w-]+ ){1,4}(likes?|liked|wants?|wanted|feels?|felt|thinks?|thought)\b|whoever (builds|makes|writes|trains|designs|buys|deploys|runs|owns) (a|an|the|each) [\w-]+ (decides|chooses|picks|sets)\b|(when|whenever|once|if) (the|our|a|an|their) ([\w-]+ ){0,2}(gets?|is|are|becomes?|runs?) (too |really |very )?(slow|full|cluttered|messy|crowded|out of (space|room|disk))\b|(had|took|gave (it|them)) a (quick |brief )?look (at|into|over)\b[^.;]{0,60}\b(after|when|following|because of) (a|an|the|one|some) (complaint|incident|breach|problem|issue|outage|question|failure)\b|(if|when|whenever) (something|anything)( [\w-]+){0,3} (catches|grabs|caught|grabbed) ([\w-]+'s|our|my|his|her|their|the) (eye|attention)|(when|if) there'?s time|(when|if) (we|the team|someone|somebody|people|they|anyone|a team|users|staff) (needs?|wants?) (it|them|one|some|to)\b|whenever (we|they|someone|somebody|people|anyone|staff|users|developers|engineers|teams?) (needs?|wants?|feels? like)\b|(whenever|when) (it )?(suits|pleases) (them|us|him|her|people|everyone|everybody|the team|whoever [\w-]+|each [\w-]+)\b|because (they|he|she|someone|somebody|(the|a) [\w-]+ team) (asked|offered|volunteered|wanted) to\s*($|[.;,])|as (they|it|things|issues|incidents|problems) (come|comes|come up|comes up|happen|happens|arise|arises)|(whenever|when|if) (it's|it is|that's|that is) (quicker|easier|simpler|faster|handier|more convenient|convenient)|(whenever|as soon as) (they're|they are|he's|she's|he is|she is|we're|we are) (happy|satisfied|content|comfortable|confident)\b|(when|if) there is time|(when|whenever|if) (\w+ ){1,3}(has|have|gets?|finds?) (some |any |the )?(spare|free|extra) time|when time allows|time permitting|hit[- ](and|or)[- ]miss|patchy|until ` + quietSpell + `|(we|they|i|people|the [\w-]+) (only )?(finds?|found|hears?|heard|learns?|learnt|learned|discovers?|discovered|notices?|noticed) (out )?(about )?([\w'-]+ ){0,5}(when|once|after) ([\w'-]+ ){0,3}(falls? over|fell over|crash(es|ed)?|breaks?|broke|fails?|failed|goes down|went down|stops? working|stopped working)\b|off the top of (his|her|their|my|our) heads?\b|once (reached|came to|got to|made it to|found its way to)\b|(its|their) own way|(each|every)( (one|server|team|person|machine|system|project|site))? (a (bit|little) |slightly |completely |totally )?differently\b|(do|does|doing|did) (its|their|his|her) own thing|for (his|her|my) own [\w-]+|for their own (projects?|use|purposes)\b|(keeps?|kept|holds?|held|carr(y|ies|ied)|stores?|stored) ([\w-]+ ){0,5}in (their|his|her|my|our|someone's|people's) heads?\b|(each|every) (\w+ )?(team|person|department|engineer|group|manager)'s own|each (one |of them |person )?(picks?|chooses?|sets?|decides?|writes?|makes? up|invents?) (their|his|her|its) own\b|(each|every) (\w+ )?(team|person|department|engineer|group|manager|project|scientist|developer|analyst|admin|administrator|office|site|branch|location|region|store|clinic|plant|lab) (keeps?|has|uses?|maintains?|writes?|makes?|runs?|follows?|takes?) (its|their|his|her) own\b|(each|every) (\w+ )?(team|person|engineer|developer|department|group) (ships?|releases?|deploys?|does|builds?|uses?|decides?) (what|whatever|however|whichever) (it|they|he|she)\b|what (it|they) thinks? is right|however (they|it) likes?|however ([\w-]+ ){0,6}(can|sees? fit|wants?|likes?|feels?|fancies|thinks? best|prefers?|chooses?|pleases?)|as (\w+ ){0,2}sees? fit|when (something|anything)( (goes wrong|happens|breaks|fails)|('s| has)? (been )?in the (news|headlines|papers))|\bif (the|a|an) ([\w-]+ )?(deal|contract|project|change|customer|client|purchase|spend|order) (is|seems|looks) (big|large|important|risky|significant|big enough|large enough|high-value)\b|\b(when|once|if|whenever) (they|it|something|anything|one|the [\w-]+) (starts?|begins?) (making|acting|playing|failing|throwing|showing|giving|to (make|act|play|fail|throw|show|give))\b|when there('s| has) been (a|an) (scare|incident|breach|problem|near miss)|\b(at|in|during) the odd ([\w-]+ ){0,2}(meeting|call|review|session|chat|catch-up|briefing|all-hands|standup|stand-up)s?\b|whoever ((on|in) the \w+ )?is (around|online|free|available)|\b(ask|asks|asked|go to|goes to|went to|turn to|turns to|turned to|message|messages|messaged|email|emails|emailed|call|calls|called|ring|rings|rang|ping|pings|pinged|tell|tells|told) whoever ((seems to |happens to |might |may |is likely to )?(know|knows|be around|have time|has time)|(they|he|she|we|you|people) (happen to )?(know|knows))\b|\bafter (a|one|just a|a single) ([\w-]+ ){0,2}(demo|pitch|sales pitch|presentation)\b|\b(if|when) (the )?(deadline|schedule|workload|diary|calendar|week)( [\w-]+)? allows?\b|\b(told|asked|mentioned|said|explained|chatted|agreed|discussed)\b[^.;]{0,60}\bover (a )?(coffee|lunch|drinks?|beers?)\b|\bbecause (he|she|they|someone|somebody) happened to\b|\bwhen (he|she|they)('s| is|'re| are) (at (the|his|her|their) desks?|in the office|around|on site|free|available)\b|whoever (\w+ )?(gets|picks up|grabs|sees|spots|reads|administers|runs|running|leads|leading|chairs|chairing|manages|owns|looks after|sets up|set up|built|wrote|maintains|onboards|hires|trains|handles|deals with) (it|them|that|this|the \w+)( first)?|whichever (\w+ )?(team|person|department|group|engineer|manager|one)s? (needs?|wants?|asks?|is (free|around|available))|whichever of (us|them|(our|the) ([\w-]+ ){0,2}[\w-]+) (picks? up|answers?|is (free|around|available|nearest)|gets? (to it|there) first)\b|(learn(ed|t|s|ing)?|pick(s|ed|ing)? up|train(ed|s|ing)?|taught)[^.;]{0,40}? on the job|whatever|unless (\w+ ){0,3}(forgets?|forgot|remembers?|thinks? (of it|to ask)|(is|are) (busy|away|off|out))|one[- ](time|off)\b|guess(ed|es|ing)? at|guesswork|(a )?(rough|vague|loose|fuzzy) (idea|understanding|sense|notion|list|outline|sketch|notes)|(has|have|had|got) (only )?some ideas?\b|(a|his|her|their|my) hunch|(knows?|knew|understands?|understood) (only )?(roughly|vaguely)\b|(a |our |their |my )?best guess|\b(on|by) (gut|gut feel(ing)?|instinct|feel|a hunch)\b|` + notTooBusy + `|` + ifRelevant + `|` + ifPrompted + `|(every )?now and (then|again)|every so often|\bas (well|best) as (he|she|they|we|i|it) (can|could)\b|wherever (they|he|she|people|it) (likes?|wants?|chooses?|pleases?|sees? fit)|wherever (each|every|any) ([\w-]+ ){1,2}(puts?|keeps?|stores?|saves?|leaves?|files?|dumps?) (it|them)\b|once in a blue moon|otherwise (we|they|people|it's|it is|it gets|they get) (just )?(leave|leaves|left|ignore|ignored|forget|forgotten)|from time to time|once in a while|just once|only once|(^|[.;]\s*)(if|when|whenever) [^,;.]{0,60},\s*([\w-]+ ){1,5}(might|may) (probably |usually |then )?[\w-]+|\bonce (whether|if|about|or twice|last (year|month|quarter|week|spring|summer|autumn|winter))\b|\b(is|are|'s|gets?|got) (just |only |merely )?(a|one) (line|sentence|bullet|bullet point|mention|slide|paragraph|footnote) (in|on)\b|\b(covered|mentioned|addressed|handled) (just |only |merely )?(by|in) (just |only )?(a|one|a single) (line|sentence|bullet|mention|paragraph|footnote) (in|on|of)\b|\bevery (few|several) (years|months)|every couple of years\b|\b(they|we|he|she|people|someone) (have|has|had|happen to have|found)( [\w-]+)? (lying|kicking|knocking|floating) (around|about)\b|\bwhen (it|they|the [\w-]+|our [\w-]+|we) (was |were )?first (pitched|proposed|built|launched|set up|started|bought|introduced|deployed|created|designed|released|went live|came in)\b|(^|[^-])\bonce(\.|;|$)|(^|[.;]\s*)once,\s|(whenever|when|if) ([\w-]+ ){1,4}(feels?|felt|thinks?|thought|likes?|liked|wants?|wanted|decides?|decided|remembers?|remembered|gets? round|got round|notices?|noticed)\b|(whenever|when|if) (someone|somebody|anyone|anybody|people|a user|users|a customer|customers) (complains?|moans?|grumbles?|objects?|pushes back)|(if|when|whenever) it occurs to|(if|when|whenever) ([\w-]+ ){1,2}happens? to (see|spot|notice|come across|find|hear of|hear about|catch)\b|(it's|it is|is|left) up to (each|every|the individual|whoever|individual)|each (\w+ )?(pm|project manager|person|individual|engineer|developer|data scientist|analyst|admin|user) ((handles|does|decides|manages|sorts|deals with)|(installs|uses|picks|downloads|sets up|keeps|buys|chooses|gets|brings in) (what|whatever|whichever|however) (they|he|she) (need|needs|want|wants|like|likes|prefer|prefers|see fit|sees fit)\b)|(^|[.;:]\s*|,? and )(some|a (couple of|few|handful of)|one or two|two or three) (people|staff|employees|folks|users|engineers|developers|devs|teams|managers|(team |line |tech )?leads|line managers|new (starters|hires|joiners)|of (us|them|the \w+)))|\bif ((the|our|a|an) ([\w-]+ ){0,2}|(someone|somebody|anyone|anybody|he|she) )(ever |happens to )?(hears?|finds? out|gets? wind|learns?) (about|of)\b|\b(keeps?|kept|writes?|wrote|jots?|jotted|saves?|saved|stores?|stored) (a |an |the |their |his |her )?(notes?|records?|copy|copies|lists?) somewhere\b|\b(each|every) (one|[\w-]+) (ends? up|turns? out|comes? out|is|looks?)( [\w-]+)? (a (bit|little) |slightly |completely |totally )?different(ly)?\b|\b(when|once|if|until|whenever) ([\w-]+ ){1,3}(looks?|looked|seems?|seemed|feels?|felt) ([\w-]+ )?(stable|right|fine|ok|okay|good|normal|done|ready|safe|settled)( enough)? to (her|him|them|me|whoever [\w-]+)\b|\b(judg(e|es|ed|ing)|tell|tells|told|decide|decides|decided|assess|assesses|assessed) (it |that |them |this )?by eye\b`)
	// Each alert "as it comes in" is routine, not ad hoc (and "every
	// incident into P1 to P4 as it comes in"); so is a named
	// role taking over "when something happens", and the on-call engineer
	// (a rota, not one person) handling incidents as they come in. "An
	// informal agreement" kept each time is not written, not ad hoc (see
	// unformal), "our notices" notice nothing, what "looks like" an
	// incident likes nothing, and updates that "came too rarely, so we
	// moved to hourly" name the cause of a change, not an ad hoc practice;
	// "when something goes wrong with a model, our CTO calls" names who
	// handles it, as "… the on-call engineer" does.
	// Fixing "whatever they flag" (or find, raise, report) acts on every
	// finding: thorough, not whatever someone fancies.
	// A cause told as informal and acted on ("because on-call cover was
	// informal, so a paid weekend on-call rota was introduced") names what
	// was wrong before a change, and "it's their own way of working" (said
	// of a team) says a habit is theirs, not approved: neither is ad hoc.
	// A system "deployed only once the release checklist … is completed"
	// names a gate ("once" as "after"), not a one-off. A trouble told with
	// what was done about it ("badges issued for one-off visits …, so
	// visitor badges now expire") and the people a trouble was found among
	// ("lowest in sales and support, who rarely build AI") say nothing of
	// how the practice itself runs, and underwriters who "sit in when the
	// data scientists decide how to measure" tell when (v352). Nor does
	// a trouble found told with how rarely something was done ("when we
	// found overseers rarely used the stop power because …, we cut the
	// report to three fields") (v356). Nor does a way offered to whoever
	// reports ("through the ethics hotline, anonymously if they want")
	// (v358), nor a trouble a count showed and was acted on ("the counts
	// showed drives issued for one-off projects were rarely returned, so
	// those drives now expire") (v359), nor a lapse told with "sometimes"
	// ("contractors sometimes get accounts before anyone has seen ID": the
	// practice misses some, it is not done now and then) (v361), nor
	// printouts "collected at once" (at once is at once, v370), nor a check
	// done "informally at their Tuesday stand-up" (informal, but kept to
	// a weekly meeting: unwritten, not now and then, v375). Nor do notes
	// updated "with whatever they change" after a yearly review: what is
	// recorded is the outcome, not a whim (v392).
	// Nor is a duty that has "been her job informally since 2021": an
	// owner without a written mandate (not formal, but not now and then,
	// v401).
	// Nor does a yearly review whose "scope shifts each year with whatever
	// is worrying us" (the topic varies, the review runs, v402).
	// Nor is an incident closed "only once they're met" (its exit
	// conditions): a gate, as "only once the checklist is completed" is
	// (v407; since v409 the gate reading itself takes "they're", "it's"
	// and "they've", instead of a second alternative for contractions).
	// Pulling in "whoever owns the affected service" calls its owner, a
	// role the incident names, not whoever is about (v411).
	// Reviewers "overriding too rarely" is a shortfall found, not a
	// practice done now and then (too seldom, too often, v414).
	// A procedure "naming who reviews which decisions and when a person
	// must decide" sets a rule for when, not a judgement made each time
	// (sets out, defines or specifies who or when, v421).
	// Staff who missed the simulations "because they rarely read email at
	// work, so" their training moved tell the cause of a trouble acted on,
	// not how the practice runs (seldom, hardly ever, v424). A register of
	// "the datasets, tools, compute and people it depends on" names what a
	// system needs; "it depends" is no judgement made each time when "on"
	// ends the clause (v429). A register "updated only once a year" keeps
	// a cadence, it is no one-off (v439). A cause that a change mended
	// ("because the developer only looked when he had time, so I made the
	// fortnightly review a fixed meeting") tells what was wrong, not how
	// the practice runs (v442).
	// Risks a monthly review is "adding … as they come up" (logging,
	// recording) are taken in as they arise, within the cadence (v450).
	// A one-time link, password or code is a thing used once, not a
	// practice done once (v453), and so are passwords that "are one-time"
	// (v475). To "update whatever has changed" (fix anything that is
	// wrong) names what is updated, not a choice left to whoever (v476). What "is a line in the IT budget" is
	// funded, not a token mention (v457).
	// Purchases signed off "for whatever will fill within three months"
	// are for what a forecast names, not ad hoc (v483).
	// An exec team that is "'hands-on' for once" is so unusually, not
	// once (v492). A team "blocking whatever new categories look risky"
	// names what it blocks by a test, not a choice left to whoever
	// (v493). Access granted "only once the manager clicks approve" is
	// granted after a gate, not once (v502).
	notAdHoc = mustPattern(`(?i)\bonly once (?:the|a|an|it|they|he|she|we|someone|somebody|their|its|his|her|our) (?:[\w-]+ ){0,3}(?:has|have|is|are|was|were|clicks?|approves?|signs?|agrees?|confirms?|passes|pass|gives?)\b|` + setAside + `|` + occasionForRule + `|\bfor once\b|\b(?:block|flag|add|remov|quarantin|ban)\w* whatever (?:new )?(?:[\w-]+ )?(?:looks?|seems?|appears?) (?:risky|suspicious|dangerous|malicious|unsafe)\b|\b(?:for|on|of|about) whatever (?:will|is going to) [\w-]+ (?:within|in|by|before)\b|\bis a (?:line|line item) in (?:the|our|its|their) (?:[\w-]+ )?budgets?\b|\b(?:updat|fix|correct|amend|revis|refresh)\w* (?:whatever|anything|what) (?:[\w-]+ ){0,2}(?:has|have|had|is|are) (?:changed|moved|outdated|out of date|wrong|stale|new)\b|\bone[ -]time (?:links?|passwords?|passcodes?|codes?|tokens?|pins?|keys?|urls?|secrets?|logins?|credentials)\b|\b(?:links?|passwords?|passcodes?|codes?|tokens?|pins?|keys?|urls?|secrets?|logins?|credentials) (?:are|is) one[ -]time\b|\b(?:adding|adds|logging|logs|recording|records|raising|noting)\b[^.;]{0,40}\bas (?:they|it) (?:come|comes) up\b|\bbecause\b[^.;]{0,80}\b(?:when|if) (?:he|she|they|someone|people|the [\w-]+) (?:had|has|have|found|got) (?:the )?time\b[^.;]{0,40},? so\b|\bonly once (?:a|an|per|every|each) (?:day|week|fortnight|month|quarter|year|half[- ]year)\b|\b(?:it|they|each|each one) depends? on\W*$|\bbecause (?:they|we|people|staff|users|the [\w-]+|[\w-]+s) (?:rarely|seldom|hardly ever|occasionally|only sometimes) [^.;,]{0,60},? so\b|\b(?:naming|names|setting out|sets out|defining|defines|specifying|specifies) (?:who|when)\b[^.;]{0,100}|\btoo (?:rarely|seldom|infrequently|often)\b|\bwhoever owns (?:the|that|each) (?:affected|failing|broken|impacted|relevant) |\b(scope|focus|topics?|agenda|themes?)( [\w-]+){0,3} (shifts?|shifted|changes?|changed|varies|varied|moves?|moved)( [\w-]+){0,2} (with|to) whatever\b|\b(his|her|their|my|our|the [\w-]+'s) (job|role|task|duty|responsibility) informally\b|\binformally (at|in|during) (their|the|our|each|every|a) (weekly|daily|monthly|fortnightly|quarterly|regular|monday|tuesday|wednesday|thursday|friday)( team)? (stand-?ups?|meetings?|reviews?|syncs?|catch-ups?|huddles?)\b|\bat once\b|\bsometimes (get|gets|got|slip|slips|slipped|go|goes|went|end up|ends up)( [\w-]+){0,3} (before|without)\b|` + troubleActedOn + `|\b` + reportActedOn + `|\b(anonymously|confidentially|in person|by phone|by email|online)( or [\w-]+)?,? if (they|you|he|she|people|staff) (want|wish|prefer|like|choose)( to)?\b|\b(when|after|once|because|since) (we|they|the [\w-]+) (found|saw|noticed|learned|learnt|realised|realized|discovered|showed|revealed|suggested)( that)? [^.;]{0,80}\b(rarely|seldom|hardly ever|occasionally|sometimes)\b[^.;]{0,80}, ` + whoActed + ` (` + changeVerbs + `)\w*|\b(when|while) (the |our )?([\w-]+ ){0,3}(decide|decides|choose|chooses|agree|agrees) (how|what|which)\b|\b(in|among|for|at) ([\w-]+ ){0,4}[\w-]+, who (rarely|seldom|hardly ever|only occasionally|occasionally|sometimes)\b|\binformal (verbal )?(warnings?|reprimands?|cautions?)\b|\bonly once (the|a|an|its|their|our|it|they|every|each|all)(( [\w'-]+){0,10} (is|are|has|have|was|were|gets?|got|passes|passed)|'re|'s|'ve)\b|\b(fix|fixes|fixed|address|addresses|addressed|resolve|resolves|resolved|act on|acts on|acted on|follow up|follows up|followed up|close|closes|closed|chase|chases|chased) whatever (they|it|he|she|the [\w-]+|[\w-]+s)( [\w-]+)? (flags?|flagged|finds?|found|raises?|raised|spots?|spotted|reports?|reported|turns? up|turned up|recommends?|recommended)\b|\b(update|updates|updated|record|records|recorded|log|logs|logged|note|notes|noted)( [\w-]+){0,4} with whatever (they|it|he|she|we|the [\w-]+) (change|changes|changed|decide|decides|decided|agree|agrees|agreed)\b|\b(too (rarely|seldom)\b[^.;]{0,30}|because\b[^.;,]{0,50}\b(informal(ly)?|ad[ -]hoc|rarely|seldom|occasionally|sometimes)\b[^.;,]{0,30}),? so (` + soWho + `|([\w'-]+ ){1,6}(was|were|has been|have been|got) ([\w-]+ed|made|built|set up|put in|brought in|taken on)\b)|\b` + informalAgreement + `\b|\b(looks?|looked|sounds?|seems?) like\b|\b(each|every|that|this) one off\b|\b(it's|it is|that's|that is|this is)( just| simply)? (their|his|her|the team's|the [\w-]+ team's) own way of (working|doing (it|things|this|that))\b|\b(our|their|the|his|her|its|my|your|these|those) (notices|likes)\b|\b(each|every|all) (\w+ ){1,6}as (it|they) (comes?|arrives?)( in)?\b|\b(the|our) ([\w-]+ ){0,2}(on-?call|duty|soc|service desk|help ?desk)( [\w-]+)?\b[^.;]{0,30}\bas (they|it) (come|comes|arrive|arrives)( in)?\b|\bwhen (something|anything) (goes wrong|happens|breaks)( [\w-]+){0,3},? (the|our) ([\w-]+ ){0,2}(on-?call|team|lead|manager|engineer|sre|analyst|officer|desk|soc|cto|ciso|cio|ceo|coo|dpo|director|head|sysadmin|admin)\b`)
	// "No real process" (no set route, no clear channel, "no set way of
	// deciding what to do") says what is done is ad hoc, whoever does it (the answer shows at most 1), not
	// only that nothing is written.
	// "There are still some shared logins knocking around" and "a few
	// shared accounts are still in use" say the practice is tried, not
	// kept (at most 1).
	// "…; nothing else was done" after what was done about one event
	// says it was a single response, not a practice (the answer shows at
	// most 1): "When a phishing mailbox got compromised, IT reset the
	// password …; nothing else was done". Told in the present ("nothing
	// else is done") it may close a routine, so only the past reads so.
	// "Apart from those emails we've never asked …" says the same of what
	// came before it.
	nothingElseDone = mustPattern(`(?i)^\W*((and|but),? )?(nothing|not much|little) (else|more|further)( at all)? (was|got|had been|has been|has ever been) (done|changed|followed up)\W*$|^\W*((and|but),? )?(apart from|except for|other than|besides|beyond) (that|this|those|these|them|it)( [\w-]+){0,2},? (we|they|i)('ve| have)? (never|not|haven't|have not)\b`)
	// "…, and one of them keeps a wiki page of the ones he's used" after
	// "engineers pick whatever AI libraries they like" tells one person's
	// practice beside the free-for-all: something informal is done (the
	// ad hoc reading holds it at 1), not nothing; so does "until someone
	// from IT has a quiet afternoon and wipes a few" after laptops that
	// "pile up in a cupboard", and so does "one engineer listed the main
	// ones in a README last year" beside libraries installed at will. What one team does where "no other team has
	// anything similar" is no process of the organisation's (noRealProcess),
	// and so is one assessment on file where "the other AI systems don't
	// have anything written up" (v357). Laptops that "sometimes get wiped
	// by whoever is clearing the cupboard, and the rest go to a charity as
	// they are" tell of some wiped: what is said of the rest does not undo
	// it (v401).
	oneOfThemDoes = mustPattern(`(?i),? and (one|some|a few|a couple|two|three)( of (them|us|those|the [\w-]+)| [\w-]+) ([\w-]+ )?(keeps|kept|writes|wrote|runs|ran|checks|checked|tracks|tracked|logs|logged|maintains|maintained|reviews|reviewed|records|recorded|lists|listed|notes|noted)\b|\buntil ` + quietSpell + ` and [\w-]+s\b|\b(some|sometimes|a few)\b[^.;]{0,80},? and the (rest|others|remainder)\b`)
	leftovers     = mustPattern(`(?i)\bstill (some|a few|plenty of|loads of|lots of|a lot of|a handful of|the odd) [^.;]{0,40}\b(knocking|lying|floating|hanging|kicking) (around|about)\b|\b(a few|some|several|a handful of|one or two|the odd) ([\w-]+ ){0,2}[\w-]+s? (are|is) still (in use|around|active|live|used|there)\b`)
	// "There's no set check for whether restored systems are clean" and
	// "there's no way of deciding which risks come first" say what is done
	// is left to whoever does it, as "no set route" does (v466).
	noRealProcess = mustPattern(`(?i)\bnothing('s| is| has been) (set up|in place|arranged|ready) for (next time|the next (one|time))\b|\bno (real|proper|set|fixed|actual|consistent|clear|agreed) (process|procedure|method|approach|system|rules?|way of doing it|way of [\w-]+ing|route|channel|path)\b|\bno (set|fixed) (checks?|checklist|steps?|tests?)\b|\bno way of (deciding|choosing|picking|ranking|prioriti[sz]ing)\b|\bno other (teams?|departments?|sites?|offices?|units?|groups?|squads?) (has|have|does|do|uses?|follows?|runs?)\b|\b(the|our) other ([\w-]+ ){0,2}(systems?|models?|teams?|departments?|sites?|projects?|products?|offices?|tools?) (don't|do not|have no|haven't got|haven't) (have )?(anything|any|one|them|it)\b`)
	// "There's no formal programme", "there's no approval step", "the
	// page isn't approved" (or "isn't documented or approved", "hasn't
	// been adopted formally"), "no procedure covers it" (or "no procedure
	// behind it", "not something policy requires", "not part of any
	// approved plan"), "it's not an official
	// document", "no one approves the changes", "his habit
	// rather than an agreed procedure" (or "her routine rather than a set
	// standard", "in their heads rather than in an approved document")
	// and rules "only in his head" say nothing is
	// written and approved (the answer shows at most 2), not that what is
	// done is ad hoc.
	// A clause that denies only that something is written or approved:
	// "nothing written", "there's no written plan", "not documented",
	// "it's never been written down for security" (or "written down or
	// agreed", "ranked or written down"), "we've never told them
	// formally", "roles were never formally assigned", "though nobody has
	// said so", "though nobody made it official" ("nobody has made it a
	// formal step"), "it's never been discussed openly". "It's never been
	// made a policy" is unformal too, as "nobody has made it a formal
	// step" is,
	// and so is "there's no standard or sign-off for them" (runbooks each
	// engineer keeps), and "it's her rule, nothing the board ever signed",
	// and a clause that closes "… and it isn't documented", and "their own
	// list rather than part of any approved process" (or "though it isn't
	// part of any approved process").
	writtenOnly = mustPattern(`(?i)^\W*((and|but|though|although),? )?(it|this|that|they)('s| has| have) never been (discussed|talked about|shared|raised|said) (openly|out loud|formally|officially|in public|with anyone)\W*$|^\W*((and|but|though|although),? )?nothing (in writing |written )?says so\b|^\W*((and|but|though|although),? )?(nobody|no one|no-one)('s| has| have)? (ever )?(actually )?(said|stated) (so|it)( (out loud|formally|officially|in writing))?\W*$|^\W*((and|but|though|although),? )?(we|they|i|nobody|no one|no-one)('ve| have| has)? (never|not|haven't|have not|hasn't|has not|didn't|did not) (ever )?([\w-]+ ){1,3}(formally|officially|in writing)\W*$|^\W*(and |but )?(nobody|no one|no-one)('s| has| have)? (ever )?((formally |officially )?(assigned|approved|documented|written|signed off|formali[sz]ed)( (it|them|that|this))?( formally| officially| down)?|made (it|them|that|this|him|her) ((a|an) )?(official|formal)( [\w-]+)?)\W*$|^\W*(and |but )?((there's|there is|there are|we have|it's|it is) )?(nothing|no|not|none|never)( (is|was|gets?|been))? (written|documented|formal|formali[sz]ed|approved|signed[- ]off)( down| up)?( anywhere)?( (plan|policy|procedure|process|document|doc|records?|rules?))?\W*$|^\W*(and |but )?([\w-]+ ){1,3}(isn't|is not|aren't|are not|weren't|wasn't) (spelled|spelt) out( anywhere| in detail)?\W*$|^\W*((and|but|though|although),? )?([\w-]+ ){1,3}(was|were|is|are|has been|have been|'s been)( ever)? (never|not) (ever )?(formally|officially) (assigned|agreed|defined|given|set out|handed over|documented|approved|written down|signed off)\W*$|^\W*(and |but )?(it|this|that|they|none of (it|this|that|them)) (isn't|is not|wasn't|was not|aren't|are not|weren't|were not)( (ever|been))? (written|documented|formal|formali[sz]ed|approved|signed[- ]off)( down| up)?( anywhere)?\W*$|` + neverWritten)
	// A routine "though nothing requires it" is kept by habit, not by a
	// rule anyone approved (v407). Checks "not governed by an approved
	// procedure" are as unformal as ones not covered by one (v449). How
	// they do it that "isn't written down or approved", and "none of that
	// is written down", deny the writing as "isn't documented" does (v459).
	// So do the roles, the steps or the process (or "it") that "have
	// never been written down" (neverWritten, shared with writtenOnly),
	// beside a sign-off that approved one piece of work ("the product
	// owner signed off in the weekly AI sync", v474).
	// "It's her routine, not a documented process" says what kind of
	// practice it is not: done, but not written and approved
	// (notFormalKind, v481), and so does "It isn't a documented or
	// approved process" (v511).
	// A policy that "hasn't gone through any approval" (never been
	// through a sign-off) is not approved (v503).
	unformal = mustPattern(`(?i)\b(?:hasn't|has not|haven't|have not|never)(?: ever)? (?:gone|been) through (?:any |an? )?(?:approval|sign-?off)\b|` + unformalBracket + `|` + neverWritten + `|` + notFormalKind + `|\b(nothing|no (rule|policy|procedure|standard))( formally| actually)? (requires?|mandates?|demands?) (it|this|that|them)\b|\bno (approval|sign-?off) (step|stage|gate)\b|\b(no ([\w-]+ )?(policy|procedure|standard|process|rule|document)(( [\w-]+)? (covers?|requires?|mentions?|describes?|governs?|asks? for)| behind) (it|this|that|them)|not (something|anything)( that)? (a |the |any |our )?([\w-]+ )?(policy|procedure|standard|process|rule|document)( [\w-]+)? (covers?|requires?|mentions?|describes?|governs?|asks? for))\b|\bno (standard|approval|sign-?off)( or (standard|approval|sign-?off))? (for|on|covering) (them|it|those|these)\b|\b(mostly|all|only|just|largely|entirely) in (their|his|her|my|our|someone's|people's) heads?\b|\b(isn't|is not|aren't|are not|wasn't|was not) (set out|written|described|defined) in any ([\w-]+ )?(document|policy|procedure|standard)\b|\b(rather than|instead of) ((in|on|by|under|part of) )?(a |an |any )?((written|documented|formal|approved|agreed|official|set|fixed|proper) )?(rule|policy|procedure|process|standard|document)\b|\b` + informalAgreement + `\b|\b(nothing|no|not) formal(ly|ised|ized)?\b|(\bnot|n't) ((an? |the )?(official|sanctioned)|(part of|in|covered by|governed by|included in|required by) (any|an?|the|our) (approved|agreed|formal|official|documented|written))\b|(\b(not|never|nobody|no one|no-one)|n't) (ever )?(been )?(\w+ (down |up |out )?(or |and )?)?(approved|signed off|ratified|formali[sz]ed|adopted|endorsed)\b|\bno (\w+ )?(approved|signed-off|ratified)\b|\bnone (of (them|it|these|those|that|this) )?(are|is|were|was|has been|have been|'s been) (\w+ )?(approved|signed off|ratified|formali[sz]ed|documented|written (down|up))\b|(\b(never|not)|n't) (been )?(made|turned) into (a |an )?(\w+ )?(policy|procedure|standard|rule)\b|(\b(never|not)|n't) (been )?made (a |an |any )?(\w+ )?(policy|procedure|standard|rule)\b|\b(nobody|no one|no-one|never|not)('s| has| have)? (ever )?(been )?made (it|them|that|this) ((a|an) )?(official|formal)\b|\b(nobody|no one|no-one) (ever |formally |actually )?(approves|ratifies|endorses|signs off|signs (it|them|this|that|the [\w-]+( [\w-]+)?) off)\b|\band (it|this|that) (isn't|is not|wasn't|was not|has never been|hasn't been|has not been|'s never been) (documented|written (down|up))\W*$|\bnothing (that )?(the |our |any )?([\w-]+ )?(board|management|leadership|committee|executives?|execs)( has| have)? (ever )?(signed|approved|agreed|ratified|endorsed)\b`)
)

// readsAdHoc reports whether text describes the practice as ad hoc once
// what only looks like it is set aside (notAdHoc).
func readsAdHoc(text string) bool {
	return readStated(adHocRead, text).matched
}

// resultInFigures is the outcome of a change told as a figure or a gap
// closed: "failures are down to none this quarter" (v503), "it is now three days", "their rate now matches", "dropped to
// twelve" (or "to a handful a month"), "the last five were answered within a week", "the backlog
// cleared", "the last three quarters reconciled completely" (or "the
// last two samples were fully reconstructed"), "there has
// been one rollback since", "the average is up from
// sixty to eighty-five percent", "has gone from six hours to ninety
// minutes", "escalation now takes ten minutes", "overrides are now
// around twenty", "the last two audits found none" ("last month's
// sample found none"), "all three
// recovered", "escapes have been at one", "those tickets have fallen by
// about 80%", "we reached everyone in the last three incidents", "the last
// two exercises kept every control running", "this year's assessments
// missed only one harm", "the last ten releases needed none", "the last
// six changes all came with notice", "high risks now get a treatment
// within two weeks", "in the last four incidents partners heard from us
// first", "only one has since", "the last two launches drew no complaints"
// (not a denial either), "last quarter three did", "this year we've had
// one", "this year it was three in five", "the last three tests found every
// event", "every system now has an owner", "the weekly check now finds
// none", "there were none last month" (a period named: "there was none"
// alone still denies), "none have traced back to the policy since" (of
// "none" only: "nothing has been done since" still denies), "in the last
// quarter our monitors caught every one first", "the last five cases had
// complete logs", "every server built since has shown up in the SIEM",
// "all twenty were rebuilt in full", "the last ten were all built within
// three weeks", "in the last three tests they were stopped every time",
// "the last eight releases matched", "the last twenty were all complete",
// "this year our checks caught all six", "now a small fraction of what
// they were", "after the last four incidents, none of the customers came
// back", "it held at five times normal traffic", "down by two thirds",
// "every test restore this quarter has completed", "in the two outages
// since, customers saw under two minutes", "this year every complaint
// came from a group the assessment had named".
// outcomeInFigures is its text:
// the improvement signal reads a change told with one of these outcomes
// ("we moved …, and the median is now six days", "we cut to two feeds
// …, and now roughly half are relevant").
// sideAdHoc is a detail of a practice left to others, told in a clause of
// its own: "retention periods are whatever each department tells them",
// "it's whatever the team judged important", "buyers get it if they ask",
// "she's the one who rings them when something happens" (v389).
// After a clause showing a practice an owning team repeats, it holds the
// draft at 2 (not documented), not at 1 (v385). So does a verdict told
// alone that it is all informal ("Yes, though informally.", "Yes, though
// it's informal.") beside a team's weekly practice (v460).
// So does what is left over after the practice's share: "The other 10%
// we handle case by case" (v466). And "It's done by feel" (by gut, on
// instinct) beside a daily call the SOC lead runs (v496).
var sideAdHoc = mustPattern(`(?i)^\W*((?:(?:it's|it is|that's|that is|it's all|all|though|but|although),? )*(?:very |quite |pretty |fairly |entirely |mostly |still )?informal(?:ly)?\W*$|(([\w-]+ ){1,4}(is|are)|it's|it is|that's|that is) whatever\b|([\w-]+ ){1,3}(get|gets|receive|receives|see|sees|can see|can have) (it|them|a copy|one|the list)( [\w-]+){0,2} (if|when|whenever) (they|someone|anyone) asks?\b|(she's|he's|they're|she is|he is|they are) the (one|ones|person|people) who [\w-]+( [\w-]+){0,4} (when|whenever|if)\b|(the )?(other|remaining|rest of the|leftover) ([\w%-]+ ){0,3}(we |they |are |is |get |gets )?(handle|handles|handled|deal with|dealt with|treat|treated|sort out|sorted out|take|taken) (case by case|ad hoc|as (they|it) comes?|on the fly|one by one)\b|(it's|it is|that's|that is|it's all|all) (all )?(done |decided |judged |called )?(on|by) (gut|gut feel(ing)?|instinct|feel|a hunch|eye)\W*$)`)

// lastCount is a run of recent cases counted: "the last seven cases",
// "the past few months", "the last six AI suppliers" (what is counted in
// one or two words). The repeated-practice signal reads it after "handled
// …" and after "for …" (one constant since v400).
const lastCount = `(last|past) (\d+|` + numberWords + `|few|several|couple of) ([\w-]+ )?[\w-]+s`

// troubleStopped is a trouble that stopped after a change ("we shortened
// the notice clause and added penalties, and late notices stopped"): an
// outcome, not a practice that ended (notEnded, v493).
const troubleStopped = `\b(?:late [\w-]+|breaches|incidents|complaints|errors|failures|outages|false (?:alarms|positives)|escapes|repeats|recurrences|delays|leaks)(?: [\w-]+)? (?:stopped|ceased|went away|disappeared|dried up)\b`

// aboutHowMuch is the word that may round a figure that moved ("by
// about a third", "dropped nearly 60%"): byHowMuch, notEnded and
// outcomeInFigures share it.
const aboutHowMuch = `(about |around |roughly |nearly |almost |over |more than )?`

// byHowMuch is how far a figure moved: "by eight points", "by about a
// third", "by 40%". A figure that fell by so much ended nothing
// (notEnded) and, acted on, is a trouble found (troubleFound): v384 read
// both, and v388 made the one wording they share one constant. Told
// without "by" ("blocks dropped 60%"), a share that fell ends nothing
// either (notEnded, v489).
const byHowMuch = `by ` + aboutHowMuch + `(\d+|` + numberWords + `|half|a (third|quarter))( points?| percent| per cent|%)?`

// markedStale is a document marked stale by its readers, a way of
// keeping it current: "analysts mark a runbook wrong or out of date
// straight from the ticket, and we count those marks" (v384).
const markedStale = `\b(mark|marks|marked|flag|flags|flagged|report|reports|reported) (a |an |the |any |each )?([\w-]+ ){0,2}(as )?(wrong|incorrect|out of date|out-of-date|outdated|stale|obsolete)( or (wrong|incorrect|out of date|out-of-date|outdated|stale|obsolete))?\b`

// actedOnLacking is something done to what lacks something, named by
// the lack: "removes installs we haven't paid for", "chases missing
// certificates" (v387). The practice is the removing and the chasing.
const actedOnLacking = `\b(removes?|removed|removing|deletes?|deleted|uninstalls?|uninstalled|blocks?|blocked|revokes?|revoked|disables?|disabled|chases?|chased|chasing|follows? up( on)?|followed up( on)?|collects?|collected|replaces?|replaced|renews?|renewed) (any |all |the |every |each )?(((missing|overdue|expired|lapsed|absent|outstanding|unsigned|unpaid|unlicen[cs]ed) [\w-]+)|([\w-]+ ){1,3}((that|which|who) )?((we|they|you|people|staff|users|it|nobody|no one) )?(haven't|hasn't|don't|doesn't|didn't|weren't|aren't|isn't|wasn't|never) (been )?(paid|approved|used|needed|licensed|signed|authori[sz]ed|registered|patched|claimed|returned|renewed)\b)`

// foundNothingSo is a finding of nothing that was acted on: "one feed
// produced nothing usable in a year, so we dropped it", and so is "almost
// nothing came in for the public-facing tools because the feedback form
// was buried …, so we added a feedback button" (v405).
const foundNothingSo = `(?:\b(produced|yielded|turned up|returned|delivered|generated|gave( us)?) (almost |next to |virtually )?(nothing|none|no [\w-]+)\b[^.;]{0,60}, so\b|\b(almost|next to|virtually|practically) (nothing|none)\b( [\w-]+){0,2} (came in|arrived|was (reported|raised|sent|received)|turned up)\b[^.;]{0,100}, so\b)`

// gatedUntil is a step held until its conditions are met: "can't begin
// recovery until three conditions in the plan are ticked".
const gatedUntil = `\b(can't|cannot|can not|may not|mustn't|must not|(isn't|is not|aren't|are not) allowed to) [\w-]+ ([\w-]+ ){0,3}(until|unless|before) (the |all |both |(\d+|` + numberWords + `) )?([\w-]+ ){0,3}(conditions|checks|criteria|approvals|sign-?offs|steps|gates|prerequisites)\b`

// outcomeInFigures is an outcome told in figures. Shares count as
// figures: customers who understood "rose from a third to most", and
// operators who knew "fell short of half before and nearly all after"
// (a share before and after a change, v431); a figure told as "now
// under 2 days" is one too (v436).
// Queries that "are a third of what they were" (half, a quarter of what
// it was) after a change are one too (v500).
const outcomeInFigures = `\b(are|is|were|was) (now |down to )?(a|one|two) (third|quarter|half|fifth|tenth|thirds|quarters|fifths)s? of what (they|it) (were|was|used to be)\b|\b(\d+|` + numberWords + `) ([\w-]+ ){1,2}(moved|went|rose|climbed|fell|dropped) (up |down )?(into|out of|off) (the|our)\b|\b(in|over|across|during) (the|each of the) ((last|past|latest) ((\d+|` + numberWords + `) )?[\w-]+|(\d+|` + numberWords + `) ([\w-]+ )?[\w-]+ since( then)?),? [\w-]+ ([\w-]+ ){0,2}((heard|learned|learnt|got|received|saw|had|met|passed|came|arrived)|(caught|found|spotted|detected|handled|closed|resolved|fixed|answered|stopped|blocked|refused) (every|each|all|everything))\b|\bnow ([\w-]+ ){1,4}(within|in under|in less than|inside) (about |around |roughly )?(\d+|` + numberWords + `|an?)\b|\bnow (takes?|lasts?|costs?|needs?) (about |around |under |less than |just )?(\d+|` + numberWords + `|a (few|couple))\b|\bnow (under|below|within|less than|down to|at) (\d+|` + numberWords + `)\b|\b(is|are|'s|was|were) (now )?(up|down) (from|to|by) (\d+|` + numberWords + `|a half|` + aShare + `)\b|\b(is|are|'s|was|were) now (down |up |back )?(about |around |roughly |nearly |almost |only |just )?((to|at|under|below|over|above|within) (about |around |roughly |just )?(\d|(` + numberWords + `|zero|half|a (third|quarter|fifth|tenth))\b)|in line\b|zero\b|none\b|nil\b|\d|` + numberWords + `\b)|\bnow (matches|match|meets|meet|sits? (at|under|below)|runs? at|averages?)\b|\bnow (about |around |roughly |nearly |almost |over |under |more than |fewer than |less than |only |just )?(half|a (third|quarter|fifth|tenth)|most|nearly all|almost all|(\d+|` + numberWords + `)( in (\d+|` + numberWords + `)| out of (\d+|` + numberWords + `)| ?%| percent| per cent))( of (them|those|these|the [\w-]+))? (are|is|get|gets|pass|passes|do|does|reach|reaches|come|comes)\b|\b(dropped|fell|rose|went|came down|improved|shrank|grew|climbed|halved|doubled|gone|fallen|risen|shrunk|grown)\b[^.;]{0,30}\b(to|from) (\d+|` + numberWords + `|zero|none|under|below|within|a handful|a few|a couple|half|a (third|quarter|fifth|tenth))\b|\b(half|a (third|quarter|fifth|tenth)|most|few|nearly all|almost all|\d+\s?%)( of (them|those|these))? before,? and (about |nearly |almost |well over |over )?(half|a (third|quarter|fifth|tenth)|most|all|nearly all|almost all|\d+\s?%) (after|afterwards|since)\b|\b(dropped|fell|rose|came down|shrank|grew|climbed|gone down|gone up|fallen|risen|shrunk|grown) by ` + aboutHowMuch + `(\d+|half|a (third|quarter))\b|\b(reached|notified|contacted|caught|covered) (everyone|everybody|all of them|every [\w-]+) in (the|each of the) (last|latest|past) (\d+|` + numberWords + `)\b|\bmissed only (one|a few|\d+|` + numberWords + `)\b|\bthe (last|latest|past) (\d+|` + numberWords + `) [\w-]+ (kept|had) (every|all|each) [\w-]+ (running|in place|working)\b|\b(it's|it is|they're|they are) (now )?(back )?(down |up )?(to|under|below|within) (\d+|` + numberWords + `)\b|\bthe (last|next|following) (\d+|` + numberWords + `) [\w-]+( [\w-]+)? (all )?(passed|succeeded|worked|met|matched|were on time|went out|took|came in|were answered|came with|arrived with|included|had (complete|full|correct|valid|current|clean))\b|\bthe (gap|backlog|difference|shortfall|queue) (closed|cleared|shrank|disappeared|is gone)\b|\bthe (last|latest|past) (\d+|` + numberWords + `)( [\w-]+)? ([\w-]+ed (completely|fully|cleanly|perfectly|in full|without (a |any )?(gaps?|exceptions?|errors?|issues?|mismatches?|discrepancies)))\b|\bthe (last|latest|past|next) (\d+|` + numberWords + `)( [\w-]+){0,2} (were|was|have been|got|came back|came in) (all )?(([\w-]+ed|built|done|met|made) (within|in under|in less than|inside|on time)|(fully|completely|entirely) [\w-]+ed|complete|clean|correct|compliant|valid|current|accurate|closed|resolved|in date|on time)\b|\bthere (has|have) been (only )?(\d+|` + numberWords + `|no|none) ([\w-]+ )?since\b|\b(only|just) (\d+|` + numberWords + `|a (few|handful|couple))( of them)? (has|have|did)( [\w-]+)? since\b|\b(the )?(last|latest|next|following) ((\d+|` + numberWords + `) )?[\w-]+ (found|showed|had|needed|required|drew|saw|got|brought|produced|received|raised) (none|nothing|no|zero|only|just|every|all|\d+|` + numberWords + `)\b|\b(every|each|all( the| our)?) ([\w-]+ ){0,2}now (has|have|gets?|carries|carry|comes? with|passes|pass|meets?|sits? (under|below|within))\b|\b(the |our |(last|this|latest) (week|month|quarter|year)'s )?([\w-]+ )?(scans?|checks?|audits?|tests?|reviews?|samples?|searches|sweeps?)( now| since)? (finds?|found|shows?|showed|turns? up|turned up) (none|nothing|zero|no [\w-]+)\b|\b(all|both|each)( (\d+|` + numberWords + `))?( of them)? (were |was )?(recovered|passed|met|succeeded|worked|came in|finished|completed|held|rebuilt|reconstructed|restored|traced)\b|\b(every|each) [\w-]+( [\w-]+){0,2} (since( then)?|this (year|quarter|month)|so far) (has |have )?(had|passed|met|included|come in|gone out|shown up|turned up|appeared|completed|succeeded|worked)\b|\b(it's|it has|it is|they've|they have|that's|that has|[\w-]+s have|[\w-]+ has)( now)? been (at )?(zero|none|nil|\d+|` + numberWords + `)\b|\b(this|last) (year|quarter|month|half-year)('s)?,? ([\w-]+ ){0,3}(caught|found|spotted|detected|flagged|stopped|blocked) (all|every|each|both)( (\d+|` + numberWords + `))?\b|\bnow (only )?(a|one) (small |tiny )?(fraction|sliver) of what (it|they) (was|were|used to be)\b|` + lastNCameBack + `|\b(this|last) (year|quarter|month),? (every|each|all( the)?) ([\w-]+ ){0,2}(came|was|were|had|met|passed|arrived)\b|\b(held|coped|survived|stayed up|kept up) at (\d+|` + numberWords + `|twice|double|triple)( times)?\b|\b` + noneSinceOutcome

var resultInFigures = mustPattern(`(?i)` + downToNone + `|` + outcomeInFigures)

// Draft implements Drafter.
// quotedLine is a line quoted with Slack's ">" (or ">" as Slack escapes
// it, "&gt;"): the question, a colleague's words or a handbook line the
// owner replies to. It says what someone else asked or claimed; the
// reply beneath it is the answer ("> @dan wrote: 'we assess impacts
// before launch'\nDan means we demo it …", v502). A ">" before a figure
// ("> 90% of laptops") is "more than", and stays.
var quotedLine = mustPattern(`(?m)^[ \t]*(?:>|&gt;)+[ \t]*(?:[^\d\s][^\n]*)?(?:\n|$)`)

// unquoted is text without its quoted lines (quotedLine), or the text
// itself where nothing but quotes is left.
func unquoted(text string) string {
	if !strings.Contains(text, ">") && !strings.Contains(text, "&gt;") {
		return text
	}
	if rest := quotedLine.ReplaceAllString(text, ""); strings.TrimSpace(rest) != "" {
		return rest
	}
	return text
}

// noteMark is a numbered footnote marker ("… one flat network [1], …"
// and, before the note, "[1] No VLANs, …") with the spaces before it.
var noteMark = mustPattern(`[ \t]*\[\d{1,2}\]`)

// withoutNoteMarks is text without its footnote markers (noteMark): a
// marker points at a note and says nothing itself, and the note it
// starts is read as a sentence of the answer ("… have. Both were set up
// …", v515).
func withoutNoteMarks(text string) string {
	if !strings.Contains(text, "[") {
		return text
	}
	return noteMark.ReplaceAllString(text, "")
}

// doubtedFigure is a figure the owner marks as unsure with a bracketed
// question mark ("98% last month (?)", "cut it by half (?)", "zero for
// three months (?)"): the doubt is about the figure, not the measuring
// or the change it reports.
var doubtedFigure = mustPattern(`(?i)(\d[\d,.]*\s*%?|\b(?:half|double|doubled|a third|a quarter|zero|none|nil)\b)((?:\s+[\w-]+){0,3})\s*\(\?\)`)

// doubtMark is a bracketed question mark and the spaces before it.
var doubtMark = mustPattern(`\s*\(\?\)`)

// clauseGoesOn is what may follow a doubt mark inside a clause that goes
// on ("a draft (?) that nobody has approved", "when something breaks
// (?), and the CEO usually says yes"), not one that ends there ("(?).",
// "(?), but I've never seen a figure").
var clauseGoesOn = mustPattern(`^(?:\s*,)?\s+\w`)

// doubtful reads an owner's "(?)": after a figure (doubtedFigure) or
// inside a clause that goes on (doubtedWords) the mark is dropped; at a
// clause's end it stays, a hedge on its clause (hedged: "IT monitors
// compliance (?);", "Board approval (?):") that does not end the clause
// as a question (clauses) (v517).
func doubtful(text string) string {
	if !strings.Contains(text, "(?)") {
		return text
	}
	text = doubtedFigure.ReplaceAllString(text, "$1$2")
	var b strings.Builder
	last := 0
	for _, m := range doubtMark.FindAllStringIndex(text, -1) {
		rest := text[m[1]:]
		b.WriteString(text[last:m[0]])
		if cut := clauseSplit.FindStringIndex(rest); !clauseGoesOn.MatchString(rest) || cut != nil && cut[0] == 0 {
			b.WriteString(text[m[0]:m[1]]) // the clause ends here: its hedge
		}
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// pathFolders are the folders inside a breadcrumb path, between its
// first and last separators ("Confluence › AI › Drafts › Values
// checklist", "SharePoint > IT > Devices"), with those separators: what
// is before the first and after the last may be the answer's own words,
// what is between them only names a place.
var pathFolders = mustPattern(` (?:›|>) (?:[^›>\n]{1,40}? (?:›|>) )+`)

// withoutPathFolders is text whose breadcrumb paths keep only their first
// and last names (pathFolders), in one pass: a folder called "Drafts"
// says nothing of the checklist kept in it (v519). A lone ">" ("open >
// 14 days") is no path and stays.
func withoutPathFolders(text string) string {
	if !strings.Contains(text, "›") && strings.Count(text, ">") < 2 {
		return text
	}
	return pathFolders.ReplaceAllString(text, " › ")
}

// signOff is an email's closing on a line of its own ("Thanks,", "Best
// regards,", "Cheers"). Among an answer's last four lines, it and what
// follows it (a name, a role, "Sent from my phone") say who wrote, not
// what is done (v507).
var signOff = mustPattern(`(?i)^[ \t]*(?:many thanks|thanks(?: again| all)?|thank you|best(?: regards| wishes)?|kind regards|warm regards|regards|cheers|all the best|speak soon)[ \t]*[,.!]?[ \t]*$`)

// withoutSignOff is text without an email sign-off among its last four
// lines (signOff) and all that follows it; text that would be left
// empty stays as it is.
func withoutSignOff(text string) string {
	end := len(text)
	for range 4 { // the last four lines, from the end: no split of the whole answer
		start := strings.LastIndexByte(text[:end], '\n')
		if start < 0 {
			return text // the first line is never a sign-off
		}
		if signOff.MatchString(text[start+1 : end]) {
			if strings.TrimSpace(text[:start]) != "" {
				return text[:start]
			}
			return text
		}
		end = start
	}
	return text
}

func (Offline) Draft(_ context.Context, r *Request) (*Result, error) {
	expanded := expandShorthand(withoutSignOff(unquoted(doubtful(withoutPathFolders(withoutNoteMarks(r.Answer.Text))))))
	detailed := detailOf(expanded)
	text := afterCorrection(detailed)
	var shown, missing []string
	var used []string
	// What is stated as done: the clauses that neither deny, only plan
	// nor hedge. A hedged clause may show that something exists (level 1)
	// but nothing more, and only in an answer that denies, plans or ends
	// nothing: added to "we don't do it", "I think it's approved" must not
	// raise the draft.
	cls := clauses(text)
	var facts []string
	exists, discounted, hedgedExists, denied := false, false, false, false
	for _, c := range cls {
		switch {
		case c.aside:
		case c.counts():
			facts = append(facts, c.claimed)
			exists = true
		case c.hedging && !c.negated && !c.plan && !c.past:
			hedgedExists = true
			discounted = true
		default:
			// "…, which nobody looks at" takes its subject to exist,
			// "…, nothing written" denies only the writing, and "there's
			// no set route" only a set way (noRealProcess): each leaves a
			// hedged "we do it, kind of" standing.
			denied = denied || !c.relative && !writtenOnly.MatchString(c.text) && !noRealProcess.MatchString(c.text)
			discounted = true
		}
	}
	exists = exists || hedgedExists && !denied
	// "That all lapsed" takes everything back; "that stopped" (or "they
	// were switched off …", after "the loading bay has cameras") only what
	// came just before it, which may itself be a practice that ended.
	takesBack := false
	for i, c := range cls {
		takesBack = takesBack || !c.before && retracted.MatchString(c.text) ||
			c.ended && backReference.MatchString(c.text) && (backToAll.MatchString(c.text) || i > 0 && cls[i-1].counts())
	}
	if negative.MatchString(text) && len(strings.Fields(text)) <= 3 || takesBack {
		exists, facts = false, nil // "No.", "Nothing yet.", "Just kidding, we have nothing.", "That all lapsed."
	}
	// A practice nobody performs shows at most that something exists; a
	// document the answer calls out of date does not show level 3.
	ceiling, why := 5, ""
	limit := func(level int, reason string) {
		if level < ceiling {
			ceiling, why = level, reason
		}
	}
	for i, c := range cls {
		// "Other firms make leavers sign a reminder … We don't; …": a bare
		// denial right after what is done elsewhere denies that practice
		// here, and what follows it is something else (v503). Said before
		// a colon ("Our parent company leaves it to each project manager.
		// We don't: our approved standard …"), it denies what the other
		// place does, and what follows is how it is done here. (The short
		// denial is read first: elsewhere is the longer reading.)
		if i > 0 && !c.colon && bareWeDont.MatchString(c.text) && elsewhere.MatchString(cls[i-1].text) {
			limit(1, "The answer says the practice done elsewhere is not done here.")
		}
		if c.before {
			continue // told of before a "Now:" (v522)
		}
		if kept.MatchString(c.text) {
			continue // "never applied without approval" is a rule kept
		}
		if c.halfLabel {
			continue // "Not done:" labels what follows, read on its own (v521)
		}
		// "after the checks showed nobody used them" tells what prompted
		// an improvement, not a practice nobody performs; so, read without
		// what only looks like a denial, does "the look showed most repeats
		// traced to fixes that were never tested".
		if unverified.MatchString(c.text) {
			limit(3, "The answer says nobody measures whether the practice is followed.")
		} else if untested.MatchString(c.bare) {
			limit(3, "The answer says the plan or procedure has not been tested.")
		} else if notPractised.MatchString(notPractisedAside.ReplaceAllString(c.text, "")) && !signals[len(signals)-1].re.MatchString(c.text) {
			if measure.MatchString(c.text) {
				limit(3, "The answer says nobody reviews the measurements.") // "nobody looks at the numbers"
			} else {
				limit(1, "The answer says the practice is not actually performed.")
			}
		}
		if c.negated && unmeasured.MatchString(c.text) {
			limit(3, "The answer says the practice is not measured.")
		}
		if leftovers.MatchString(c.text) {
			limit(1, "The answer says exceptions to the practice are still around.")
		}
		if nothingElseDone.MatchString(c.text) {
			limit(1, "The answer says what was done was a single response: nothing else followed.")
		}
		if noRealProcess.MatchString(c.text) {
			limit(1, "The answer says there is no real process: what is done is ad hoc.")
		}
		// "because staff had no approved way to share large files, so we
		// rolled out" one names what a change mended, not what the practice
		// lacks (v401).
		if unformal.MatchString(c.text) && unformal.MatchString(causeOfChange.ReplaceAllString(c.text, "")) {
			limit(2, "The answer says the practice is not formalised or approved.")
		}
		if stale.MatchString(c.bare) && stale.MatchString(staleCounted.ReplaceAllString(c.bare, "")) {
			limit(2, "The answer says the document is out of date.")
		}
	}
	stated := strings.Join(facts, ". ")
	m := 0
	if exists {
		m = 1
		shown = append(shown, signals[0].shows)
	} else {
		missing = append(missing, "Not shown: "+signals[0].missing)
	}
	capped, held := readsAdHoc(stated), false
	if capped {
		// Ad hoc only in a detail told on its own (sideAdHoc), beside
		// clauses that show a repeated practice: at most 2 (v385).
		var rest []string
		sideOnly := true
		for i, f := range facts {
			switch {
			case !readsAdHoc(f):
				rest = append(rest, f)
			case i == 0 || !sideAdHoc.MatchString(f):
				// Said first, it is the practice itself: "access is
				// whatever the person's manager asks IT for".
				sideOnly = false
			}
		}
		if sideOnly && len(rest) > 0 && signalShown(strings.Join(rest, ". "), 2) {
			capped = false
			limit(2, "The answer says part of the practice is left to whoever does it.")
		}
	}
	answerLower := strings.ToLower(r.Answer.Text) // what a quote must be found in
	for i := 1; i < len(signals); i++ {
		s := &signals[i]
		if m < s.level-1 {
			break
		}
		hit := readStated(i, stated).hit
		// A practice run under an approved document and measured is
		// repeated, whether or not the answer names an owner or a
		// cadence; not where another clause holds the level below
		// measured ("the standard is out of date"). A change made
		// because of results whose outcome is told in figures ("it is
		// now three days", "the last six restores all passed") was
		// measured, whatever words the answer used for measuring.
		implied := hit == "" && s.level == 2 && ceiling >= 4 && signalShown(stated, 3) && signalShown(stated, 4) ||
			hit == "" && s.level == 4 && ceiling >= 5 && signalShown(stated, 5) && resultInFigures.MatchString(stated)
		if s.level > ceiling && (hit != "" || implied) && !capped {
			held = true // the answer mentions it, but another clause takes it back
			missing = append(missing, "Not shown: "+s.missing)
			break
		}
		if hit == "" && !implied || capped {
			missing = append(missing, "Not shown: "+s.missing)
			break
		}
		m = s.level
		shown = append(shown, s.shows)
		if !implied {
			// A reading that ends past a stop ("We report it monthly. …")
			// is quoted without it (v509).
			quote := strings.ToLower(strings.TrimRight(restopped.Replace(hit), " .;:"))
			if strings.Contains(answerLower, quote) {
				used = append(used, fmt.Sprintf("the answer mentions %q", quote))
			} else {
				// Read with its shorthand spelled out ("+" as "and") or
				// its typing mended ("aproved" as "approved", v441): not
				// the owner's words, so not quoted as if it were.
				used = append(used, fmt.Sprintf("the answer mentions, spelled out, %q", quote))
			}
		}
	}
	level, err := Translate(BuiltinScales[0], m, r.Scale)
	if err != nil {
		return nil, err
	}
	confidence := 0.3 + 0.05*float64(m)
	if len(r.Answer.Evidence) > 0 {
		confidence += 0.1
		for _, e := range r.Answer.Evidence {
			used = append(used, e)
		}
	}
	if discounted {
		confidence -= 0.1
	}
	var rationale strings.Builder
	rationale.WriteString(OfflineRationalePrefix)
	if len(shown) > 0 {
		fmt.Fprintf(&rationale, "The answer shows %s. ", strings.Join(shown, ", "))
	}
	if len(missing) > 0 {
		fmt.Fprintf(&rationale, "%s.", missing[0])
	}
	if capped {
		rationale.WriteString(" The answer describes the practice as ad hoc or informal.")
	}
	if held {
		rationale.WriteString(" " + why)
	}
	if discounted {
		rationale.WriteString(" What the answer denies, only plans or hedges is not counted.")
	}
	if slices.ContainsFunc(cls, func(c clause) bool { return c.past }) {
		rationale.WriteString(" The answer says the practice ended: what it tells of before is not counted.")
	}
	if detailed != expanded {
		rationale.WriteString(" The answer sums itself up first: only its detail is counted.")
	}
	if text != detailed {
		rationale.WriteString(" The answer corrects itself: only what follows the correction is counted.")
	}
	out := &Output{Level: level, Confidence: min(confidence, 0.7), Rationale: strings.TrimSpace(rationale.String()),
		EvidenceUsed: used, Gaps: missing, Citations: offlineCitations(r)}
	var next *signal
	for i := range signals {
		if signals[i].level == m+1 {
			next = &signals[i]
		}
	}
	if next != nil {
		if l, err := BuiltinScales[0].Level(next.level); err == nil {
			out.NextSteps = []string{fmt.Sprintf("To reach %s: %s", l.Name, l.Criteria)}
		}
		q := next.question
		out.FollowUpQuestion = &q
	}
	used2 := r.Passages
	if len(used2) > 3 {
		used2 = used2[:3]
	}
	return &Result{Output: out, Drafter: OfflineDrafter, Prompt: OfflineRules, Used: used2}, nil
}

// read is the stated text with what only looks like the signal set
// aside (but for an ignore's first group, and its group named keep).
func (s *signal) read(stated string) string {
	if s.ignore == nil {
		return stated
	}
	return s.ignore.ReplaceAllString(stated, "$1${keep} ")
}

// signalShown reports whether the stated text shows the signal of the
// given level.
func signalShown(stated string, level int) bool {
	for i := range signals {
		if s := &signals[i]; s.level == level && s.re != nil {
			return readStated(i, stated).matched
		}
	}
	return false
}

// statedMemo remembers what the ladder found in recent stated texts (the
// clauses that count, joined). An answer drafted again with a denial, a
// plan or a hedge added states what it stated before, so the ladder reads
// the same text again: the property tests do that to every labelled
// answer, and the ladder was most of what is left of a draft once its
// clauses are remembered (clauseMemo).
var statedMemo = newMemo[statedKey, statedRead](statedMemoSize)

const statedMemoSize = 8192

// statedKey is what one reading of a stated text depends on: the text and
// which reading (an index into signals, or adHocRead for readsAdHoc).
type statedKey struct {
	reading int
	text    string
}

// adHocRead names readsAdHoc's reading in statedKey.
const adHocRead = -1

// statedRead is a reading's result: whether it matched, and what (a
// match may be empty, so the two are kept apart).
type statedRead struct {
	matched bool
	hit     string
}

// readStated reads text for signals[reading] (the signal's regexp over
// what its ignore leaves, as signal.read) or for adHocRead, through
// statedMemo.
func readStated(reading int, text string) statedRead {
	return statedMemo.get(statedKey{reading, text}, readStatedAfresh)
}

// readStatedAfresh is readStated's reading, not remembered.
func readStatedAfresh(k statedKey) statedRead {
	if k.reading == adHocRead {
		return statedRead{matched: adHoc.MatchString(k.text) && adHoc.MatchString(notAdHoc.ReplaceAllString(k.text, ""))}
	}
	s := &signals[k.reading]
	read := s.read(k.text)
	if loc := s.re.FindStringIndex(read); loc != nil {
		return statedRead{matched: true, hit: read[loc[0]:loc[1]]}
	}
	return statedRead{}
}

// offlineCitations cites the best passages of the control itself, else
// the best passages retrieved (at most two).
func offlineCitations(r *Request) []string {
	var own, any []string
	for i, p := range r.Passages {
		if i >= 3 {
			break
		}
		any = append(any, string(p.Chunk.ID))
		if p.Chunk.Framework == r.Control.Framework && p.Chunk.Ref == r.Control.Ref {
			own = append(own, string(p.Chunk.ID))
		}
	}
	out := own
	if len(out) == 0 {
		out = any
	}
	if len(out) > 2 {
		out = out[:2]
	}
	return out
}
