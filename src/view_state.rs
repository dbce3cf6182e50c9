//! What the reader is looking at, kept in the URL fragment so that a reload
//! or a shared link restores it: `#q=…&kind=…&min=2&sort=articles&speaker=s3&doc=d2&quote=q9`.

/// How clusters are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Most articles first.
    #[default]
    Articles,
    /// By speaker name.
    Speaker,
    /// In reading order of the articles.
    Appearance,
}

impl Sort {
    /// The name used in the URL and the sort menu.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Articles => "articles",
            Sort::Speaker => "speaker",
            Sort::Appearance => "appearance",
        }
    }

    /// Reads a name back.
    pub fn from_name(name: &str) -> Sort {
        match name {
            "speaker" => Sort::Speaker,
            "appearance" => Sort::Appearance,
            _ => Sort::Articles,
        }
    }
}

/// The reader's view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewState {
    /// Words to find in quotes.
    pub search: String,
    /// Only quotes of this kind ("" for all).
    pub kind: String,
    /// Only utterances carried by at least this many articles.
    pub min_articles: usize,
    /// Order of the cards.
    pub sort: Sort,
    /// Only this speaker's quotes.
    pub speaker: Option<String>,
    /// Only quotes printed in this article.
    pub document: Option<String>,
    /// The open article view, at this quote.
    pub quote: Option<String>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            search: String::new(),
            kind: String::new(),
            min_articles: 1,
            sort: Sort::default(),
            speaker: None,
            document: None,
            quote: None,
        }
    }
}

fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

fn decode(value: &str) -> String {
    js_sys::decode_uri_component(value)
        .map(String::from)
        .unwrap_or_else(|_| value.to_string())
}

impl ViewState {
    /// The fragment for this view (without `#`).
    pub fn to_fragment(&self) -> String {
        let mut parts = Vec::new();
        if !self.search.is_empty() {
            parts.push(format!("q={}", encode(&self.search)));
        }
        if !self.kind.is_empty() {
            parts.push(format!("kind={}", encode(&self.kind)));
        }
        if self.min_articles > 1 {
            parts.push(format!("min={}", self.min_articles));
        }
        if self.sort != Sort::default() {
            parts.push(format!("sort={}", self.sort.name()));
        }
        if let Some(speaker) = &self.speaker {
            parts.push(format!("speaker={}", encode(speaker)));
        }
        if let Some(document) = &self.document {
            parts.push(format!("doc={}", encode(document)));
        }
        if let Some(quote) = &self.quote {
            parts.push(format!("quote={}", encode(quote)));
        }
        parts.join("&")
    }

    /// Reads a fragment (with or without `#`); unknown parts are ignored.
    pub fn from_fragment(fragment: &str) -> ViewState {
        let mut state = ViewState::default();
        for part in fragment.trim_start_matches('#').split('&') {
            let Some((key, value)) = part.split_once('=') else {
                continue;
            };
            let value = decode(value);
            match key {
                "q" => state.search = value,
                "kind" => state.kind = value,
                "min" => state.min_articles = value.parse().unwrap_or(1).max(1),
                "sort" => state.sort = Sort::from_name(&value),
                "speaker" => state.speaker = Some(value),
                "doc" => state.document = Some(value),
                "quote" => state.quote = Some(value),
                _ => {}
            }
        }
        state
    }
}
