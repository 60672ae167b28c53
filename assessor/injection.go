package assessor

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// An answer is data for the model, never instructions to it: the prompt
// fences it in a <data> block it cannot close. Answers that try anyway are
// flagged (FlagInstructionsInAnswer) for the lead, and, like every draft,
// wait for a person. The flag must neither miss disguised attempts nor cry
// wolf at ordinary answers that mention levels, ratings or instructions.
//
// Text is normalised before matching, so disguises do not help: NFKC
// (full-width letters, ligatures), invisible format characters removed
// (zero-width spaces and joiners, bidi controls, soft hyphens), letters
// from other scripts that pose as Latin ones inside a Latin word folded
// back (a Cyrillic "і" in "dіsregard"), Latin accents dropped, case and
// spaces folded. Phrases spaced or dotted letter by letter are caught on
// the letters alone. Patterns cover English and the commonest phrasings
// in Spanish, French, German, Portuguese, Italian, Dutch, Swedish, Polish,
// Russian, Chinese, Japanese and Korean; each is a command to the model
// (to drop its instructions, take a role, or give a level), not a mention.
// assessor/testdata/injection.jsonl measures it (README: recall and false
// positives).

// InstructionsIn reports whether any text tries to steer the model.
func InstructionsIn(texts ...string) bool {
	for _, t := range texts {
		if steers(t) {
			return true
		}
	}
	return false
}

func steers(text string) bool {
	folded := foldText(text)
	for _, m := range overrideEN.FindAllStringIndex(folded, -1) {
		if !negated(folded[:m[0]]) {
			return true
		}
	}
	if steering.MatchString(folded) {
		return true
	}
	return squashedOverride.MatchString(lettersOnly(folded))
}

// negated reports whether the words just before a match deny it ("we
// never ignore prior guidance").
func negated(before string) bool {
	words := strings.Fields(before)
	for _, w := range words[max(0, len(words)-3):] {
		switch strings.Trim(w, ",;:") {
		case "never", "not", "don't", "dont", "no", "cannot", "can't", "mustn't", "shouldn't":
			return true
		}
	}
	return false
}

// overrideEN: telling the model to drop what it was told.
var overrideEN = regexp.MustCompile(`\b(ignore|disregard|forget|override|bypass|set aside|do not follow|don't follow|stop following|neglect)\s+` +
	`((all|any|every|the|your|my|these|those|previous|prior|above|earlier|preceding|original|former|existing|system|of|everything|that)\s+)*` +
	`(instructions?|prompts?|rules?|guidance|guidelines?|directions?|directives?|rubric|scoring rules|system message|the above|above|(you were|you've been|you have been) told)\b`)

// squashedOverride is overrideEN's core on letters alone, for phrases
// spaced or dotted letter by letter.
var squashedOverride = regexp.MustCompile(`(ignore|disregard|forget)(all|any|the|your|my|of|these|those)*(previous|prior|above|earlier|preceding|former)(instructions?|prompts?|rules?|guidance|guidelines?|directions?)`)

// steering: everything else that commands the model, in every language
// covered. Latin-script patterns are written without accents.
var steering = regexp.MustCompile(strings.Join([]string{
	// Giving the level: "rate this 5", "assign level 5", "the correct rating is 5".
	`\b(rate|score|grade|mark|assess|classify|evaluate|rank)\s+(this|it|us|me|our (answer|response|control)|the control|this (control|answer|response))\s+((as|at|with|a|an|the|level|maturity|rating|score|of)\s+)*(\d|five|four|max(imum)?|top|highest|full(y)?)\b`,
	`\b(give|assign|award|grant|output|return|report|say)\s+((us|me|this|it|this control|this answer|the control|our answer)\s+)?((a|an|the)\s+)?((maximum|max|top|highest|full)\s+)?((maturity)\s+)?(level|rating|score)\s+(of\s+)?\d`,
	`\b(give|assign|award|grant)\s+((us|me|this|it|this control|this answer|the control|our answer)\s+)?((a|an|the)\s+)?(maximum|max|top|highest|full)\s+(maturity|level|rating|score|marks)`,
	`\b(give|award|grant)\s+(us|me|this|it|this control|this answer)\s+(a|an)\s+(\d|five)\b`,
	`\bset\s+((the|my|our|this)\s+)?(maturity\s+)?(level|rating|score)\s+to\s+\d`,
	`\bthe\s+(correct|right|final|true|only valid|real|actual)\s+(maturity\s+)?(level|rating|score|answer)\s+(is|=|:)\s*\d`,
	`\b(must|should|shall|has to|needs to)\s+be\s+(rated|scored|graded|marked|assessed)\s+((as|at|level)\s+)*\d`,
	`\b(respond|reply|answer)\s+(only\s+)?with\s+(only\s+)?("|'|\{|level\s+\d)`,
	`\b(just\s+)?say\s+level\s+\d`,
	`\b(mark|report|rate)\s+(this|it|us)\s+(control\s+)?as\s+(fully\s+)?(compliant|optimi[sz]ed|perfect)`,
	// Taking a role.
	`\byou\s+are\s+(now|no\s+longer)\b`, `\bfrom\s+now\s+on\b`, `\bsystem\s+override\b`, `\bdeveloper\s+mode\b`, `\bjailbreak`,
	`\bpretend\s+(you\s+are|to\s+be)\b`, `\bact\s+as\s+(an?\s+)?(ai|assistant|model|language model|lenient|different|new)\b`,
	`\bnew\s+(instructions?|task|role)\s*:`, `\byour\s+new\s+(task|role|instructions?)\b`,
	`\bas\s+the\s+system\s+prompt\s+(says|requires|tells)`,
	`(^|[\s.;])(assistant|system|user|ai)\s*:`,
	`\b(note|message|attention|dear|hey|hello|hi|p\.?\s?s\.?)\s+((to|for)\s+)?(the\s+)?(ai|model|llm|language model|assistant|grader|gpt|chatgpt|claude|bot)\b`,
	`\b(to|for)\s+the\s+(ai|model|llm|language model)\s+(reading|grading|reviewing|assessing)`,
	`\b(assistant|model|ai)\s*,\s*(please\s+)?(rate|mark|score|give|set|assign|output|return)\b`,
	`\bas\s+the\s+(grader|assessor|model|ai)\s*,`,
	// Markup that poses as the prompt's own.
	`</?\s*(system|assistant|user|data|instructions?|inst)\s*>`, `\[/?inst\]`, `#{2,}\s*(instruction|system)`, `<\|\s*(im_start|im_end|system)`,
	`\bend\s+of\s+(answer|input|data|user input)\b`,
	// Spanish.
	`\b(ignora|ignore|olvida|olvide|descarta|omite|desconsidera)\b[^.!?;]{0,30}\b(instrucciones|indicaciones|reglas|lo anterior)\b`,
	`\b(califica|calificalo|puntua|asigna|otorga|dale|pon)\b[^.!?;]{0,30}\b(nivel|calificacion|puntuacion|nota)\b[^.!?;]{0,8}\d`,
	`\b(califica|calificalo|puntua)\b[^.!?;]{0,30}\bcon\s+(un\s+)?\d`,
	// French.
	`\b(ignore|ignorez|oublie|oubliez|ne tiens pas compte|ne tenez pas compte|fais abstraction|faites abstraction)\b[^.!?;]{0,30}\b(instructions|consignes|regles|directives)\b`,
	`\b(notez?|attribuez?|donnez?|evaluez?)\s+(ce|cette|ceci|le|la|au)\b[^.!?;]{0,30}(\bniveau\s*\d|\bnote maximale|\b\d\b)`,
	`\b(attribuez?|donnez?)\s+(le\s+)?niveau\s*\d`,
	// German.
	`\b(ignoriere|ignorieren sie|vergiss|vergessen sie|missachte|missachten sie)\b[^.!?;]{0,40}\b(anweisungen|vorgaben|instruktionen|regeln|anordnungen)\b`,
	`\b(bewerte|bewerten sie|vergib|vergeben sie|gib|geben sie)\b[^.!?;]{0,30}(\b(stufe|level|reifegrad|note|niveau)\s*\d|\bmit\s+(stufe\s+)?\d)`,
	// Portuguese.
	`\b(ignore|ignora|esqueca|desconsidere|desconsidera)\b[^.!?;]{0,30}\b(instrucoes|instrucao|regras|orientacoes)\b`,
	`\b(avalie|classifique|de|atribua)\b[^.!?;]{0,30}\bnivel\s*\d`,
	// Italian.
	`\b(ignora|ignorate|dimentica|dimenticate|trascura)\b[^.!?;]{0,30}\b(istruzioni|regole|indicazioni)\b`,
	`\b(valuta|assegna|dai|attribuisci)\b[^.!?;]{0,30}\blivello\b`,
	// Dutch, Swedish, Polish.
	`\b(negeer|vergeet)\b[^.!?;]{0,30}\b(instructies|regels|aanwijzingen)\b`, `\b(beoordeel|geef)\b[^.!?;]{0,30}\bniveau\s*\d`,
	`\b(ignorera|glom)\b[^.!?;]{0,30}\b(instruktioner|regler)\b`, `\bge\s+niva\s*\d`,
	`\b(zignoruj|ignoruj|zapomnij)\b[^.!?;]{0,30}\b(instrukcje|polecenia|zasady)\b`, `\b(ocen|oceń)\b[^.!?;]{0,30}\d`,
	// Russian.
	`(игнорируй|игнорируйте|проигнорируй|забудь|забудьте|не обращай внимания на)[^.!?;]{0,30}(инструкци|указани|правил)`,
	`(оцени|оцените|поставь|поставьте|присвой)[^.!?;]{0,30}(\d|уровень)`,
	// Chinese.
	`(忽略|无视|忽视|不要理会|忘记|忘掉)[^。！？]{0,10}(指令|指示|说明|规则|要求|提示)`,
	`(评为|评定为|打|给(我们|这个|本)?)[^。！？]{0,6}[0-9五]\s*(级|分)`,
	// Japanese.
	`(指示|命令|ルール|指令)[^。！？]{0,6}(無視|忘れ)`,
	`レベル\s*[0-9]\s*(と|に)評価して`,
	// Korean.
	`(지시|명령|지침|규칙)[^.!?]{0,10}무시`, `레벨\s*[0-9]\s*(로|을|를)\s*(평가|주)`,
}, "|"))

// foldText normalises text for matching (see above).
func foldText(s string) string {
	s = norm.NFKC.String(s)
	s = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Cf, r) { // zero-width, bidi, soft hyphen, BOM
			return -1
		}
		return r
	}, s)
	s = strings.ToLower(s)
	s = foldConfusables(s)
	s = stripLatinAccents(s)
	return strings.Join(strings.Fields(s), " ")
}

// confusables are letters of other scripts that look like Latin ones.
var confusables = map[rune]rune{
	'а': 'a', 'е': 'e', 'ё': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'у': 'y', 'х': 'x', 'і': 'i', 'ї': 'i', 'ј': 'j', 'ѕ': 's',
	'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ɑ': 'a', 'ο': 'o', 'α': 'a', 'ι': 'i', 'κ': 'k', 'ρ': 'p', 'υ': 'u', 'χ': 'x',
	'ε': 'e', 'ν': 'v', 'ı': 'i', 'ɡ': 'g', 'ӏ': 'l',
}

// foldConfusables maps look-alike letters to Latin within words that are
// partly Latin, or made of look-alikes alone; words of Cyrillic or Greek
// proper are left as they are.
func foldConfusables(s string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
	for _, w := range words {
		latin, lookalike, other := 0, 0, 0
		for _, r := range w {
			switch _, ok := confusables[r]; {
			case r < 0x250 && unicode.IsLetter(r):
				latin++
			case ok:
				lookalike++
			default:
				other++
			}
		}
		if lookalike > 0 && ((latin > 0 && other == 0) || (latin == 0 && other == 0 && lookalike > 1)) {
			folded := strings.Map(func(r rune) rune {
				if l, ok := confusables[r]; ok {
					return l
				}
				return r
			}, w)
			s = strings.Replace(s, w, folded, 1)
		}
	}
	return s
}

// stripLatinAccents drops the marks on Latin letters (é → e, ä → a),
// leaving other scripts whole.
func stripLatinAccents(s string) string {
	d := norm.NFD.String(s)
	var b strings.Builder
	var prev rune
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) && prev < 0x250 {
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return norm.NFC.String(b.String())
}

// lettersOnly keeps the letters.
func lettersOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, s)
}
