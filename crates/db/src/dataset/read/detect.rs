//! Recognising the layout's files: each kind, its file name, its required columns and how
//! its header identifies it.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Institutions,
    Plans,
    Axes,
    Commitments,
    Activities,
    Figures,
    Documents,
}

impl FileKind {
    /// The file name `export-plan` writes.
    pub fn file_name(self) -> &'static str {
        match self {
            FileKind::Institutions => "institutions.csv",
            FileKind::Plans => "plans.csv",
            FileKind::Axes => "axes.csv",
            FileKind::Commitments => "commitments.csv",
            FileKind::Activities => "activities.csv",
            FileKind::Figures => "progress_snapshots.csv",
            FileKind::Documents => "documents.csv",
        }
    }

    /// Columns that must be present in a header of this kind (the research files' activities
    /// have their own, see [`FileKind::is_research_activities`]).
    pub fn required_columns_of(self, header: &[&str]) -> &'static [&'static str] {
        if self == FileKind::Activities && FileKind::is_research_activities(header) {
            &["ogp_id", "position", "label_written_by_us"]
        } else {
            self.required_columns()
        }
    }

    /// The research files' activities (`activities.csv` of `data/morocco/`): `label_*` titles,
    /// `label_written_by_us`, the `status` and `progress_percent` sources give, no key, weight
    /// or progress of the portal's layout. Their key is `<ogp_id>-<position>`.
    pub fn is_research_activities(header: &[&str]) -> bool {
        !header.contains(&"activity_key") && header.contains(&"label_written_by_us")
    }

    /// Columns that must be present in the header of the portal's layout.
    pub fn required_columns(self) -> &'static [&'static str] {
        match self {
            FileKind::Institutions => &["key", "kind"],
            FileKind::Plans => &["plan_key", "number", "status"],
            FileKind::Axes => &["plan_key", "axis_key"],
            FileKind::Commitments => &["plan_key", "ogp_id", "commitment_type"],
            FileKind::Activities => &["ogp_id", "activity_key", "weight", "progress"],
            FileKind::Figures => &["plan_key", "scope", "percent"],
            FileKind::Documents => &["doc_type", "url"],
        }
    }

    /// The field whose unofficial translations the file holds (`title` for
    /// `title_<lang>_unofficial` columns), if any.
    pub fn unofficial_field(self) -> Option<&'static str> {
        match self {
            FileKind::Institutions => Some("name"),
            FileKind::Axes | FileKind::Commitments => Some("title"),
            _ => None,
        }
    }

    /// Its unofficial translation columns, one per language.
    pub fn unofficial_columns(self) -> Vec<String> {
        self.unofficial_field()
            .map(|f| {
                opengov_core::Lang::ALL
                    .iter()
                    .map(|l| format!("{f}_{}_unofficial", l.code()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Recognises a file by its header.
    pub fn detect(header: &[&str]) -> Option<FileKind> {
        let has = |c: &str| header.contains(&c);
        if has("activity_key") || (FileKind::is_research_activities(header) && has("ogp_id")) {
            Some(FileKind::Activities)
        } else if has("ogp_id") {
            Some(FileKind::Commitments)
        } else if has("axis_key") {
            Some(FileKind::Axes)
        } else if has("scope") && has("percent") {
            Some(FileKind::Figures)
        } else if has("doc_type") {
            Some(FileKind::Documents)
        } else if has("plan_key") && has("number") {
            Some(FileKind::Plans)
        } else if has("key") && has("kind") {
            Some(FileKind::Institutions)
        } else {
            None
        }
    }

    pub(super) const ORDER: [FileKind; 7] = [
        FileKind::Institutions,
        FileKind::Plans,
        FileKind::Axes,
        FileKind::Commitments,
        FileKind::Activities,
        FileKind::Figures,
        FileKind::Documents,
    ];
}
