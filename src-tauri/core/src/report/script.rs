//! What the reports need to know about a character's script: which characters are
//! never drawn, which run right to left, where Chinese, Japanese and Korean text may
//! break, and the name of a script for a reader (when no font for it is found).

/// Characters that are never drawn: zero-width joiners and spaces, direction marks,
/// the byte-order mark, the soft hyphen, variation selectors. (Shaping still sees the
/// joiners inside an Arabic run.)
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// Characters of the Arabic script (Arabic, Persian, Urdu, …), which are shaped.
pub fn is_arabic(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// A character that decides the direction of the text around it (a letter), as opposed
/// to spaces, digits, punctuation and marks.
pub fn is_strong(c: char) -> bool {
    c.is_alphabetic() && !is_mark(c)
}

fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}'
        | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{08D3}'..='\u{08FF}')
}

/// A character of Chinese, Japanese or Korean writing, after which a line may break
/// (these scripts write words without spaces between them).
pub fn breaks_between(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{2E80}'..='\u{2FDF}'
        | '\u{3000}'..='\u{303F}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3100}'..='\u{312F}'
        | '\u{3130}'..='\u{318F}'
        | '\u{31A0}'..='\u{31FF}'
        | '\u{3200}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FFEF}'
        | '\u{20000}'..='\u{3134F}')
}

/// Closing punctuation and small kana that never start a line (the Japanese kinsoku
/// rule, which Chinese typesetting follows too).
pub fn no_break_before(c: char) -> bool {
    matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '：'
            | '；'
            | '？'
            | '！'
            | '）'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '〗'
            | '〙'
            | '〛'
            | '｝'
            | '］'
            | 'ー'
            | '々'
            | '〻'
            | 'ゝ'
            | 'ゞ'
            | 'ヽ'
            | 'ヾ'
            | 'ぁ'
            | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ゎ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | 'ヮ'
            | 'ヵ'
            | 'ヶ'
            | '・'
            | '…'
            | ')'
            | ']'
            | '}'
            | ','
            | '.'
            | ':'
            | ';'
            | '!'
            | '?'
    )
}

/// Opening punctuation that never ends a line.
pub fn no_break_after(c: char) -> bool {
    matches!(
        c,
        '（' | '「'
            | '『'
            | '【'
            | '〔'
            | '〈'
            | '《'
            | '〖'
            | '〘'
            | '〚'
            | '｛'
            | '［'
            | '('
            | '['
            | '{'
    )
}

/// The script of a character that the bundled font lacks, as the key of its name in
/// the report texts (`script-<key>`).
pub fn name_of(c: char) -> &'static str {
    match c {
        '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => "japanese",
        '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7FF}' => "korean",
        c if breaks_between(c) => "chinese",
        c if is_arabic(c) => "arabic",
        '\u{0590}'..='\u{05FF}' | '\u{FB1D}'..='\u{FB4F}' => "hebrew",
        '\u{0E00}'..='\u{0E7F}' => "thai",
        '\u{0900}'..='\u{0DFF}' => "indic",
        _ => "other",
    }
}

/// The script of a word with characters the bundled font lacks: Japanese when it has
/// kana (Japanese mixes them with Chinese characters), Korean when it has hangul,
/// otherwise the script of its first such character.
pub fn name_of_word(word: &str, missing: char) -> &'static str {
    let has = |key: &str| word.chars().any(|c| name_of(c) == key);
    if has("japanese") {
        "japanese"
    } else if has("korean") {
        "korean"
    } else {
        name_of(missing)
    }
}

/// Text that is drawn right to left somewhere (Hebrew, Arabic and the other
/// right-to-left scripts), so that the order of its pieces must be worked out.
pub fn has_right_to_left(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' | '\u{10800}'..='\u{10FFF}' | '\u{1E800}'..='\u{1EFFF}'))
}

/// The mirror image of a bracket, for text running right to left.
pub fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_told_apart() {
        assert_eq!(name_of('中'), "chinese");
        assert_eq!(name_of('ひ'), "japanese");
        assert_eq!(name_of('한'), "korean");
        assert_eq!(name_of('ب'), "arabic");
        assert_eq!(name_of('ש'), "hebrew");
        assert!(breaks_between('中') && breaks_between('한') && !breaks_between('a'));
        assert!(has_right_to_left("Atelier بركة") && !has_right_to_left("Atelier"));
        assert!(is_ignorable('\u{200D}') && is_ignorable('\u{202E}') && !is_ignorable(' '));
    }
}
