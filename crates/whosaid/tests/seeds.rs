//! Acceptance on the five seed articles in `../shared/seeds` (read from
//! disk, never copied here): every quotation found, nothing else reported,
//! each with its speaker. Skips with a message when `../shared` is absent.

use std::path::PathBuf;

use whosaid::{analyze, Input, Report};

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds")
}

fn load_seeds() -> Option<Report> {
    let dir = seeds_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let inputs: Vec<Input> = files
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some(Input::new(name, std::fs::read(p).ok()?))
        })
        .collect();
    (inputs.len() == 5).then(|| analyze(&inputs))
}

/// (file prefix, words the quote starts with, kind, speaker; "*" = not checked, "" = none)
const EXPECTED: &[(&str, &str, &str, &str)] = &[
    ("000", "deeply alarmed", "partial", "European Union"),
    (
        "000",
        "Images are a serious thing",
        "full",
        "Vladimir Putin",
    ),
    (
        "000",
        "Russia’s deepening military cooperation",
        "full",
        "Josep Borrell",
    ),
    ("000", "rubbish", "partial", "Alexander Lukashenko"),
    ("001", "deeply alarmed", "partial", "European Union"),
    (
        "001",
        "The European Union is deeply alarmed",
        "full",
        "European Union",
    ),
    (
        "001",
        "The European Union strongly condemns",
        "full",
        "Council of the European Union",
    ),
    ("001", "On the contrary", "full", "European Union"),
    ("002", "a significant escalation", "partial", "Mark Rutte"),
    ("002", "Russia’s illegal war", "partial", "Mark Rutte"),
    ("002", "dangerous expansion", "partial", "Mark Rutte"),
    (
        "002",
        "The deepening military cooperation",
        "full",
        "Mark Rutte",
    ),
    ("002", "dangerous", "partial", "Joe Biden"),
    (
        "002",
        "A portion of those soldiers",
        "full",
        "Sabrina Singh",
    ),
    ("002", "Officials from Seoul", "post", "Mark Rutte"),
    (
        "002",
        "Now NATO Secretary General confirmed this",
        "full",
        "Andrii Sybiha",
    ),
    (
        "002",
        "weapons and a clear plan",
        "partial",
        "Andriy Yermak",
    ),
    (
        "002",
        "The enemy understands strength",
        "full",
        "Andriy Yermak",
    ),
    ("002", "fake news", "partial", "Kremlin"),
    ("003", "combat zone", "partial", "Ukraine"),
    ("003", "combat zone", "partial", "Ukraine"),
    (
        "003",
        "The first units of the DPRK military",
        "full",
        "Defense Intelligence of Ukraine",
    ),
    (
        "003",
        "recorded",
        "partial",
        "Defense Intelligence of Ukraine",
    ),
    ("003", "12,000", "partial", "Ukraine"),
    ("003", "Russia never doubted", "full", "Vladimir Putin"),
    (
        "003",
        "What we will do is our business",
        "full",
        "Vladimir Putin",
    ),
    (
        "003",
        "Images are a serious thing",
        "full",
        "Vladimir Putin",
    ),
    ("003", "mutual assistance", "partial", "*"),
    ("003", "moving forward", "partial", "Vladimir Putin"),
    (
        "003",
        "units invading the Kursk region",
        "partial",
        "Vladimir Putin",
    ),
    (
        "003",
        "provocation that threatens",
        "partial",
        "Yoon Suk Yeol",
    ),
    ("003", "take necessary actions", "partial", "Yoon Suk Yeol"),
    (
        "003",
        "support (Ukraine)",
        "partial",
        "*South Korean official",
    ),
    (
        "004",
        "The first units (from North Korea)",
        "full",
        "Defense Intelligence of Ukraine",
    ),
    (
        "004",
        "Russia has never doubted",
        "unmarked",
        "Vladimir Putin",
    ),
    (
        "004",
        "What we do is our business",
        "unmarked",
        "Vladimir Putin",
    ),
    (
        "004",
        "If these forces are deployed",
        "full",
        "Farah Dakhlallah",
    ),
    ("004", "provocation", "partial", "Yoon Suk Yeol"),
    (
        "004",
        "threaten global security",
        "partial",
        "Yoon Suk Yeol",
    ),
    ("004", "mutual support", "partial", "*"),
    // Reported speech: statements without quotation marks.
    // "Putin today did not deny the reports": what is denied, with the cue
    // carrying the negation.
    ("000", "the reports", "reported", "Vladimir Putin"),
    (
        "000",
        "the bloc will being coordinating",
        "reported",
        "Josep Borrell",
    ),
    // "they" are Ukrainian military intelligence officials; not yet resolved.
    ("000", "recorded sightings had taken place", "reported", "*"),
    (
        "000",
        "it had confirmation that North Korean soldiers have arrived",
        "reported",
        "NATO",
    ),
    (
        "000",
        "any foreign military or country",
        "reported",
        "Alexander Lukashenko",
    ),
    (
        "001",
        "this event further demonstrates",
        "reported",
        "EU Council",
    ),
    (
        "001",
        "North Korea has already sent about 12,000",
        "reported",
        "Defense Intelligence of Ukraine",
    ),
    (
        "001",
        "Russian President Vladimir Putin is relying",
        "reported",
        "Financial Times",
    ),
    (
        "002",
        "North Korean troops have been deployed to Russia days",
        "reported",
        "Mark Rutte",
    ),
    // Yoon Suk Yeol "sounded the alarm … and added": not yet resolved.
    ("002", "Seoul would continue to consult", "reported", "*"),
    (
        "002",
        "North Korea has sent some 10,000",
        "reported",
        "*Pentagon",
    ),
    ("002", "its allies to supply it", "reported", "Kyiv"),
    ("002", "Kyiv’s Western allies against", "reported", "Moscow"),
    (
        "002",
        "sanctions alone would not be",
        "reported",
        "Andriy Yermak",
    ),
    (
        "002",
        "North Korean troops were in Russia",
        "reported",
        "Vladimir Putin",
    ),
    (
        "002",
        "it was Moscow’s business",
        "reported",
        "Vladimir Putin",
    ),
    (
        "002",
        "media reports about a troop deployment",
        "reported",
        "a North Korean Foreign Ministry official",
    ),
    (
        "002",
        "if Pyongyang had taken such action",
        "reported",
        "a North Korean Foreign Ministry official",
    ),
    (
        "003",
        "Thousands of North Korean soldiers",
        "reported",
        "United States",
    ),
    (
        "003",
        "it has taken back a string of villages",
        "reported",
        "Russia",
    ),
    // "…, according to the website of the Council of the European Union":
    // the website's source speaks.
    (
        "001",
        "This would constitute a serious violation of international law",
        "reported",
        "Council of the European Union",
    ),
    // "according to information from intelligence services": the speaker
    // should be the services; "information" is read. Not yet resolved.
    (
        "004",
        "Around 3,000 soldiers have or are about to arrive",
        "reported",
        "*",
    ),
    // "…, which experts have said could be a key step …": the relative
    // clause's subject is the sentence's object; the words are the experts'.
    (
        "003",
        "could be a key step towards production",
        "reported",
        "experts",
    ),
    (
        "003",
        "the presence of North Korea’s troops",
        "reported",
        "South Korea",
    ),
    (
        "003",
        "to transfer the knowledge",
        "reported",
        "South Korea",
    ),
    (
        "003",
        "South Korea and Poland would sign",
        "reported",
        "Yoon Suk Yeol",
    ),
    (
        "003",
        "it contained propaganda leaflets",
        "reported",
        "*Korean media",
    ),
    (
        "004",
        "North Korean soldiers are in Russia",
        "reported",
        "Vladimir Putin",
    ),
    (
        "004",
        "the special forces unit",
        "reported",
        "Ukrainian intelligence",
    ),
    (
        "004",
        "it has evidence of North Korean presence",
        "reported",
        "Defense Intelligence of Ukraine",
    ),
    (
        "004",
        "North Korean soldiers have been deployed",
        "reported",
        "*NATO",
    ),
    (
        "004",
        "12,000 North Korean soldiers are in Russia",
        "reported",
        "Defense Intelligence of Ukraine",
    ),
];

fn speaker_name<'r>(report: &'r Report, id: &Option<String>) -> &'r str {
    id.as_ref()
        .and_then(|id| report.speakers.iter().find(|s| &s.id == id))
        .map_or("", |s| s.name.as_str())
}

fn speaker_matches(expected: &str, got: &str) -> bool {
    match expected.strip_prefix('*') {
        Some("") => true,
        Some(part) => got.contains(part),
        None => expected == got,
    }
}

#[test]
fn seeds_every_quote_found_with_its_speaker_and_nothing_else() {
    let Some(report) = load_seeds() else {
        eprintln!("skipped: {} is absent", seeds_dir().display());
        return;
    };
    let mut found: Vec<(String, String, String, String)> = Vec::new();
    for q in &report.quotes {
        let doc = report
            .documents
            .iter()
            .find(|d| d.id == q.doc)
            .map_or("", |d| d.name.as_str());
        found.push((
            doc[..3].to_string(),
            q.text.clone(),
            q.kind.clone(),
            speaker_name(&report, &q.speaker).to_string(),
        ));
    }
    let mut problems = Vec::new();
    let mut unmatched: Vec<bool> = vec![true; found.len()];
    for (doc, start, kind, speaker) in EXPECTED {
        let hit = found
            .iter()
            .enumerate()
            .position(|(i, (d, text, _, _))| unmatched[i] && d == doc && text.starts_with(start));
        match hit {
            None => problems.push(format!("{doc}: missing “{start}…”")),
            Some(i) => {
                unmatched[i] = false;
                let (_, _, got_kind, got_speaker) = &found[i];
                if got_kind != kind || !speaker_matches(speaker, got_speaker) {
                    problems.push(format!("{doc}: “{start}…” is {got_kind} by {got_speaker:?}, expected {kind} by {speaker:?}"));
                }
            }
        }
    }
    for (i, (doc, text, _, _)) in found.iter().enumerate() {
        if unmatched[i] {
            problems.push(format!("{doc}: unexpected quote “{text}”"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Quotes (file prefix, words they start with) that must share one cluster.
const SAME_UTTERANCE: &[&[(&str, &str)]] = &[
    &[
        ("000", "Images are a serious thing"),
        ("003", "Images are a serious thing"),
    ],
    &[
        ("003", "What we will do is our business"),
        ("004", "What we do is our business"),
    ],
    &[
        ("003", "Russia never doubted"),
        ("004", "Russia has never doubted"),
    ],
    &[
        ("003", "The first units of the DPRK military"),
        ("004", "The first units (from North Korea)"),
        ("003", "combat zone"),
    ],
    &[
        ("003", "provocation that threatens"),
        ("004", "provocation"),
        ("004", "threaten global security"),
    ],
    &[
        ("001", "The European Union is deeply alarmed"),
        ("000", "deeply alarmed"),
        ("001", "deeply alarmed"),
    ],
    &[
        ("002", "Officials from Seoul"),
        ("002", "a significant escalation"),
        ("002", "dangerous expansion"),
    ],
];

fn cluster_of<'r>(report: &'r Report, doc: &str, start: &str) -> Vec<&'r str> {
    report
        .quotes
        .iter()
        .filter(|q| {
            let name = report
                .documents
                .iter()
                .find(|d| d.id == q.doc)
                .map_or("", |d| d.name.as_str());
            name.starts_with(doc) && q.text.starts_with(start)
        })
        .map(|q| q.cluster.as_str())
        .collect()
}

#[test]
fn seeds_same_utterance_is_one_cluster_and_no_cluster_mixes_speakers() {
    let Some(report) = load_seeds() else {
        eprintln!("skipped: {} is absent", seeds_dir().display());
        return;
    };
    for group in SAME_UTTERANCE {
        let clusters: std::collections::BTreeSet<&str> = group
            .iter()
            .flat_map(|(doc, start)| cluster_of(&report, doc, start))
            .collect();
        assert_eq!(clusters.len(), 1, "{group:?} spread over {clusters:?}");
    }
    // Rutte's "a significant escalation" is not the NATO spokesperson's.
    let rutte = cluster_of(&report, "002", "a significant escalation");
    let spokesperson = cluster_of(&report, "004", "If these forces are deployed");
    assert_ne!(rutte, spokesperson);
    let conflicts: Vec<&str> = report
        .clusters
        .iter()
        .filter(|c| c.conflict)
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        conflicts.is_empty(),
        "clusters mixing speakers: {conflicts:?}"
    );
}

/// Speakers whose role the seeds give only in lowercase words before the
/// name or in an apposition, and the role a reader should see.
const ROLES: &[(&str, &str)] = &[
    ("Josep Borrell", "foreign affairs commissioner"),
    ("Andriy Yermak", "chief of staff"),
    ("Mark Rutte", "NATO Secretary-General"),
];

#[test]
fn seeds_speakers_carry_the_roles_the_articles_give() {
    let Some(report) = load_seeds() else {
        eprintln!("skipped: {} is absent", seeds_dir().display());
        return;
    };
    for (name, role) in ROLES {
        let speaker = report.speakers.iter().find(|s| s.name == *name);
        let roles = speaker.map(|s| s.roles.clone()).unwrap_or_default();
        assert!(
            roles.iter().any(|r| r.contains(role)),
            "{name}: roles {roles:?} lack {role:?}"
        );
    }
}

#[test]
fn seeds_ukraines_military_intelligence_is_one_body_by_its_proper_name() {
    let Some(report) = load_seeds() else {
        eprintln!("skipped: {} is absent", seeds_dir().display());
        return;
    };
    let body = report
        .speakers
        .iter()
        .find(|s| s.name == "Defense Intelligence of Ukraine")
        .expect("the body by its proper name");
    for alias in [
        "Ukraine’s GUR military intelligence",
        "Ukraine's intelligence service GRU",
    ] {
        assert!(body.aliases.iter().any(|a| a == alias), "{alias}: {body:?}");
    }
}
