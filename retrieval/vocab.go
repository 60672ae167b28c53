package retrieval

import (
	"sort"
	"strings"
	"unicode"
)

// Control owners write "MFA", "EDR" and "pentest" where the standards say
// "multi-factor authentication", "malicious code protection" and
// "penetration testing". Expand adds the standards' words to a query, so
// both lexical and offline vector search meet the standard text. The list is
// Assay's own; keys are matched as whole words, case-insensitively.
var vocabulary = map[string]string{
	"2fa":               "multi-factor authentication",
	"mfa":               "multi-factor authentication authenticator",
	"otp":               "one-time password authenticator",
	"sso":               "single sign-on identification authentication",
	"iam":               "identification authentication account management access control",
	"rbac":              "role-based access control",
	"abac":              "attribute-based access control",
	"pam":               "privileged access management privileged accounts",
	"least privilege":   "least privilege access",
	"admin":             "privileged administrator accounts",
	"admins":            "privileged administrator accounts",
	"password":          "authenticator management password",
	"passwords":         "authenticator management password",
	"tls":               "transmission confidentiality integrity cryptographic protection encryption in transit",
	"ssl":               "transmission confidentiality cryptographic protection",
	"https":             "transmission confidentiality cryptographic protection",
	"encrypt":           "cryptographic protection encryption",
	"encrypted":         "cryptographic protection encryption",
	"kms":               "cryptographic key establishment management",
	"keys":              "cryptographic key management",
	"hsm":               "hardware security module cryptographic key",
	"edr":               "endpoint detection response malicious code protection monitoring",
	"xdr":               "detection response malicious code monitoring",
	"antivirus":         "malicious code protection malware",
	"av":                "malicious code protection malware",
	"malware":           "malicious code protection",
	"ransomware":        "malicious code protection backup recovery",
	"pentest":           "penetration testing",
	"pentests":          "penetration testing",
	"pen test":          "penetration testing",
	"red team":          "red team exercises adversarial testing",
	"red teaming":       "red team exercises adversarial testing",
	"ddos":              "denial-of-service protection",
	"dos":               "denial-of-service protection",
	"waf":               "web application firewall boundary protection",
	"firewall":          "boundary protection",
	"firewalls":         "boundary protection",
	"vpn":               "remote access virtual private network",
	"ids":               "intrusion detection system monitoring",
	"ips":               "intrusion prevention system monitoring",
	"siem":              "security information event management audit record review analysis monitoring",
	"soc":               "security operations monitoring incident response",
	"logs":              "audit logging event records",
	"logging":           "audit logging event records",
	"dlp":               "data loss leakage prevention exfiltration",
	"pii":               "personally identifiable information privacy",
	"gdpr":              "privacy personally identifiable information legal regulatory",
	"byod":              "personally owned devices",
	"laptop":            "endpoint devices system components mobile devices",
	"laptops":           "endpoint devices system components mobile devices",
	"phones":            "mobile devices",
	"usb":               "removable media",
	"wipe":              "sanitization media sanitization",
	"wiped":             "sanitization media sanitization",
	"wipes":             "sanitization media sanitization",
	"shred":             "media sanitization destruction",
	"disposal":          "disposal sanitization",
	"patch":             "flaw remediation vulnerability",
	"patches":           "flaw remediation vulnerability",
	"patching":          "flaw remediation vulnerability",
	"cve":               "vulnerability",
	"cves":              "vulnerabilities",
	"scanner":           "vulnerability monitoring scanning",
	"backup":            "system backup",
	"backups":           "system backup",
	"dr":                "contingency plan system recovery reconstitution",
	"bcp":               "contingency plan continuity",
	"rto":               "recovery time objective contingency",
	"rpo":               "recovery point objective backup",
	"onboarding":        "personnel screening access agreements",
	"offboarding":       "personnel termination access revocation",
	"leavers":           "personnel termination",
	"joiners":           "personnel screening account management",
	"background check":  "personnel screening",
	"background checks": "personnel screening",
	"phishing":          "social engineering awareness training",
	"training":          "awareness training",
	"cmdb":              "system component inventory",
	"asset inventory":   "system component inventory",
	"sbom":              "software bill of materials supply chain component",
	"vendor":            "supplier external service provider supply chain",
	"vendors":           "suppliers external service providers supply chain",
	"third party":       "supplier external service provider",
	"third-party":       "supplier external service provider",
	"saas":              "external system services cloud",
	"cloud":             "external system services cloud",
	"sast":              "static code analysis developer testing",
	"dast":              "dynamic code analysis developer testing",
	"code review":       "developer testing evaluation code review",
	"ci/cd":             "configuration management change control development pipeline",
	"change request":    "configuration change control",
	"baseline":          "baseline configuration",
	"hardening":         "configuration settings baseline configuration",
	"cctv":              "physical access monitoring video surveillance",
	"badge":             "physical access control",
	"badges":            "physical access control",
	"ntp":               "time stamps clock synchronization",
	"incident":          "incident response handling",
	"breach":            "incident response handling notification",
	"tabletop":          "incident response testing exercises",
	"runbook":           "procedures",
	"runbooks":          "procedures",
	"kpi":               "measurement metrics",
	"kpis":              "measurement metrics",
	"ai":                "artificial intelligence AI system",
	"llm":               "generative AI system model",
	"genai":             "generative AI",
	"bias":              "harmful bias fairness",
	"fair":              "fairness harmful bias",
	"drift":             "monitoring performance deployment",
	"hallucination":     "confabulation validity reliability",
	"hallucinations":    "confabulation validity reliability",
	"explainability":    "explainable interpretable",
	"model card":        "documentation transparency",
	"model cards":       "documentation transparency",
	"training data":     "data provenance data quality",
	"dataset":           "data provenance",
	"datasets":          "data provenance",
	"human review":      "human oversight",
	"human in the loop": "human oversight",
	"decommission":      "decommissioning phase out",
	"shutdown":          "deactivate decommissioning",
	"kill switch":       "disengage deactivate",
	"whistleblower":     "reporting concerns",
	"tprm":              "supply chain risk management third-party",
	"risk register":     "risk assessment risk response",
	"ropa":              "privacy records processing",
	"dpia":              "privacy impact assessment",
	"switch off":        "disengage deactivate supersede",
	"turn off":          "disengage deactivate supersede",
	"shut off":          "disengage deactivate supersede",
	"shut down":         "disengage deactivate supersede",
	"leaves":            "personnel termination",
	"leaving":           "personnel termination",
	"leaver":            "personnel termination",
	"quits":             "personnel termination",
	"access review":     "account management review access authorizations privileges",
	"access reviews":    "account management review access authorizations privileges",
	"who has access":    "account management access authorizations privileges",
	"recertification":   "account management review access authorizations",
	"keep logs":         "audit record retention",
	"retain logs":       "audit record retention",
	"log retention":     "audit record retention",
	"external auditor":  "independent assessors control assessments",
	"outside firm":      "independent assessors control assessments",
	"audit firm":        "independent assessors control assessments",
	"soc 2":             "independent assessors control assessments",
	"contract":          "agreements formal relationships",
	"contracts":         "agreements formal relationships",
	"wifi":              "wireless access",
	"wi-fi":             "wireless access",
	"wpa2":              "wireless access authentication encryption",
	"install":           "installation user-installed software",
	"installs":          "installation user-installed software",
	"label":             "marking categorization classification",
	"labels":            "marking categorization classification",
	"classify":          "categorization classification",
	"fail over":         "alternate processing site redundancy",
	"failover":          "alternate processing site redundancy",
	"second region":     "alternate processing site",
	"postmortem":        "incident analysis root cause lessons learned",
	"post-mortem":       "incident analysis root cause lessons learned",
	"retire":            "decommissioning phase out",
	"retired":           "decommissioning phase out",
}

// vocabIndex maps a key's first word to the keys (as word sequences)
// starting with it, so Expand is one pass over the text's words.
var vocabIndex = map[string][]vocabEntry{}

type vocabEntry struct {
	words []string
	key   string
}

func init() {
	keys := make([]string, 0, len(vocabulary))
	for k := range vocabulary {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		w := words(k)
		vocabIndex[w[0]] = append(vocabIndex[w[0]], vocabEntry{w, k})
	}
}

// words lower-cases and splits on anything but letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Expand returns the standards' words for the colloquial and abbreviated
// terms in text ("" when there are none). The caller searches with both.
func Expand(text string) string {
	ws := words(text)
	seen := map[string]bool{}
	var keys []string
	for i, w := range ws {
		for _, e := range vocabIndex[w] {
			if seen[e.key] || i+len(e.words) > len(ws) {
				continue
			}
			match := true
			for j, ew := range e.words {
				match = match && ws[i+j] == ew
			}
			if match {
				seen[e.key] = true
				keys = append(keys, e.key)
			}
		}
	}
	sort.Strings(keys)
	add := make([]string, len(keys))
	for i, k := range keys {
		add[i] = vocabulary[k]
	}
	return strings.Join(add, " ")
}
