//! The outlet an article names itself by, where its text states one: a
//! wire dateline ("KYIV (Reuters) —"), a byline with an outlet ("By Ann
//! Lee, The Daily Star"), a source line ("Source: Radio Sofia") or a
//! copyright line ("© 2024 The Daily Star. All rights reserved.").

/// Lines longer than this are article text, not a byline or a credit.
const MAX_CREDIT_LINE: usize = 120;
/// An outlet's name is a few words.
const MAX_OUTLET_WORDS: usize = 5;

/// The outlet the article's `lines` state, if any; a dateline or a byline
/// wins over a source or copyright line.
pub fn find_outlet(lines: &[&str]) -> Option<String> {
    lines
        .iter()
        .find_map(|line| dateline_agency(line).or_else(|| byline_outlet(line)))
        .or_else(|| lines.iter().find_map(|line| credit_outlet(line)))
        .map(str::to_string)
}

/// Capitalised words ("The Daily Star", "AP", "Agence France-Presse"),
/// few enough to be a name, with "of", "and", "the" between them.
fn is_outlet_name(words: &str) -> bool {
    let words: Vec<&str> = words.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_OUTLET_WORDS
        && words[0].starts_with(|c: char| c.is_uppercase())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(*w, "of" | "and" | "the" | "&")
        })
}

/// "KYIV, Ukraine (Reuters) — …": the agency in brackets before a dash
/// near the start of a line.
fn dateline_agency(line: &str) -> Option<&str> {
    let open = line.get(..60.min(line.len()))?.find('(')?;
    let close = open + line[open..].find(')')?;
    let agency = line[open + 1..close].trim();
    let after = line[close + 1..].trim_start();
    let dash = after.starts_with(['-', '–', '—']);
    let before_is_place = line[..open]
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    (dash && before_is_place && !is_party_tag(agency) && is_outlet_name(agency)).then_some(agency)
}

/// "R-Texas", "D-Md.": a politician's party and state, not an agency.
fn is_party_tag(words: &str) -> bool {
    let bytes = words.as_bytes();
    bytes.len() > 2 && bytes[0].is_ascii_uppercase() && bytes[1] == b'-'
}

/// "By Ann Lee, The Daily Star" / "By Ann Lee | AP": the outlet after the
/// last separator of a short byline.
fn byline_outlet(line: &str) -> Option<&str> {
    if line.len() > MAX_CREDIT_LINE {
        return None;
    }
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))?;
    let cut = rest.rfind([',', '|']).or_else(|| rest.rfind(" - "))?;
    let outlet = rest[cut..].trim_start_matches([',', '|', ' ', '-']).trim();
    is_outlet_name(outlet).then_some(outlet)
}

/// "Source: Radio Sofia", "© 2024 The Daily Star. All rights reserved.",
/// "Copyright 2024 The Daily Star".
fn credit_outlet(line: &str) -> Option<&str> {
    if line.len() > MAX_CREDIT_LINE {
        return None;
    }
    let rest = ["Source:", "©", "Copyright ©", "Copyright (c)", "Copyright"]
        .iter()
        .find_map(|label| line.strip_prefix(label))?
        .trim_start();
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–');
    let name = rest.split(['.', ',', ';']).next()?.trim();
    is_outlet_name(name).then_some(name)
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    fn outlet(text: &str) -> Option<String> {
        Document::new("a.txt", text.to_string(), Vec::new()).outlet
    }

    #[test]
    fn reads_datelines_bylines_and_credits() {
        let body = "The bridge will close for a month, the council said.";
        assert_eq!(
            outlet(&format!(
                "Bridge to close\n\nHARBOURTOWN (Northern Wire) — {body}"
            ))
            .as_deref(),
            Some("Northern Wire")
        );
        assert_eq!(
            outlet(&format!(
                "Bridge to close\nBy Ann Lee, The Harbour Gazette\n\n{body}"
            ))
            .as_deref(),
            Some("The Harbour Gazette")
        );
        assert_eq!(
            outlet(&format!(
                "{body}\n\n© 2031 Harbour Radio. All rights reserved."
            ))
            .as_deref(),
            Some("Harbour Radio")
        );
        assert_eq!(
            outlet(&format!("{body}\nSource: Coastal News Service")).as_deref(),
            Some("Coastal News Service")
        );
    }

    #[test]
    fn reads_no_outlet_from_ordinary_lines() {
        assert_eq!(
            outlet("By Ann Lee\n\nThe bridge (built in 1950) - now closed."),
            None
        );
        assert_eq!(
            outlet("By Ann Lee, staff writer\n\nThe bridge will close."),
            None
        );
        assert_eq!(
            outlet("The mayor (who spoke first) — and then the others — agreed."),
            None
        );
        assert_eq!(
            outlet("Rep. Ann Lee (D-Ore.) — a critic — spoke first."),
            None
        );
    }
}
