//! The page's components, one file each.

pub mod drop_zone;
pub mod quote_list;
