//! The page's components, one file each.

pub mod article_view;
pub mod cluster_list;
pub mod intake;
pub mod speaker_list;
pub mod toolbar;
