//! The page's components, one file each.

pub mod article_view;
pub mod cluster_list;
pub mod corrections_panel;
pub mod intake;
pub mod overview;
pub mod speaker_list;
pub mod toolbar;
