//! Attribution on small texts: the cue, the mention, the carried speaker.

use super::*;
use crate::quotes::find_quotes;

fn attributed(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let document = crate::document::Document::new("t.txt", text.to_string(), vec![]);
    let doc = document.article();
    let quotes = find_quotes(&doc);
    attribute(&doc, quotes)
        .iter()
        .map(|a| {
            (
                doc.slice(a.quote.span).to_string(),
                a.mention.map(|m| doc.slice(m).to_string()),
                a.cue.map(|c| doc.slice(c).to_string()),
            )
        })
        .collect()
}

fn mention(text: &str) -> Vec<Option<String>> {
    attributed(text).into_iter().map(|(_, m, _)| m).collect()
}

/// The mentions a test expects, every quote having one.
fn named(mentions: &[&str]) -> Vec<Option<String>> {
    mentions.iter().map(|m| Some(m.to_string())).collect()
}

#[test]
fn cue_after_quote() {
    let got = attributed("“We will rebuild,” the mayor told reporters.");
    assert_eq!(got[0].1.as_deref(), Some("the mayor"));
    assert_eq!(got[0].2.as_deref(), Some("told"));
}

#[test]
fn inverted_cue_takes_name_after() {
    assert_eq!(
        mention("\"It is a setback,\" said the city's spokesperson Mia Holt in a statement."),
        named(&["the city's spokesperson Mia Holt"])
    );
}

#[test]
fn colon_cue_before_quote() {
    assert_eq!(
        mention("Speaking in Lyon, Ruiz said: “The plan is ready.”"),
        named(&["Ruiz"])
    );
}

#[test]
fn partial_quote_after_that() {
    assert_eq!(
        mention("Ruiz said Thursday that the city would “act quickly” to help."),
        named(&["Ruiz"])
    );
}

#[test]
fn participle_takes_main_subject() {
    let got = mention(
        "“Roads are closed,” the police said, adding they had been “overwhelmed” by calls.",
    );
    assert_eq!(got, named(&["the police", "the police"]));
}

#[test]
fn according_to_names_after() {
    assert_eq!(
        mention("The plan is “fully funded”, according to the city council."),
        named(&["the city council"])
    );
}

#[test]
fn bare_quote_paragraph_takes_previous_subject() {
    let text = "“We are ready,” Ruiz said.\n\nThe veteran mayor then smiled at the crowd.\n\n“Nobody leaves.”";
    assert_eq!(mention(text), named(&["Ruiz", "The veteran mayor"]));
}

#[test]
fn no_speaker_when_nobody_is_named() {
    assert_eq!(
        mention("The shop stayed “closed for repairs until the storm passed” all week."),
        [None]
    );
}

#[test]
fn a_lone_word_nobody_is_reported_to_say_is_a_scare_quote() {
    assert_eq!(mention("The shop stayed “closed” all week."), []);
    assert_eq!(
        mention("The owner called the shop “closed” all week."),
        named(&["The owner"])
    );
}

#[test]
fn shares_of_a_surveyed_group() {
    use super::mention::is_share_of_people;
    for share in [
        "37 percent of residents",
        "31% of voters",
        "Six in 10 Republicans",
        "A majority of Democrats",
    ] {
        assert!(is_share_of_people(share), "{share}");
    }
    for group in ["Residents", "Ten fishermen", "the 10 o'clock crowd"] {
        assert!(!is_share_of_people(group), "{group}");
    }
}

#[test]
fn a_share_of_respondents_reports_the_survey_beside_it() {
    assert_eq!(
        mention("In their harbour survey, 40 per cent of fishermen said the pier was “too short.”"),
        named(&["their harbour survey"])
    );
}
