//! Markdown articles, read through pulldown-cmark with source offsets.
//!
//! Only text events inside paragraphs, headings, list items and table cells
//! are kept as prose; code, HTML, images, link destinations, front matter and
//! site-generator shortcodes (`{{< figure >}}`, `{% include %}`) are blanked.
//! The front matter's `title` becomes the headline block and `author` or
//! `byline` are remembered, so rules can tell a byline from debris.

use super::{BlockKind, FrontMatter, Skeleton, blank_bytes, blank_spans};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;
use std::sync::LazyLock;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Container {
    Paragraph,
    Heading(u8),
    Item,
    TableCell,
    BlockQuote,
    Skip,
    Other,
}

struct Pending {
    kind: BlockKind,
    range: Option<Range<usize>>,
    in_blockquote: bool,
}

pub(crate) fn read(text: &str) -> Skeleton {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let body = &text[bom..];
    let mut bytes: Vec<u8> = text
        .bytes()
        .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
        .collect();

    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;

    let mut stack: Vec<Container> = Vec::new();
    let mut pending: Vec<Pending> = Vec::new();
    let mut blocks: Vec<(BlockKind, Range<usize>, bool)> = Vec::new();
    let mut front_matter: Option<FrontMatter> = None;
    let mut in_metadata = false;

    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let range = range.start + bom..range.end + bom;
        match event {
            Event::Start(tag) => {
                let container = match tag {
                    Tag::Paragraph => Container::Paragraph,
                    Tag::Heading { level, .. } => Container::Heading(level as u8),
                    Tag::Item => Container::Item,
                    Tag::TableCell => Container::TableCell,
                    Tag::BlockQuote(_) => Container::BlockQuote,
                    Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Image { .. } => Container::Skip,
                    Tag::MetadataBlock(_) => {
                        in_metadata = true;
                        front_matter = Some(FrontMatter {
                            range: range.clone(),
                            ..FrontMatter::default()
                        });
                        Container::Skip
                    }
                    _ => Container::Other,
                };
                if let Some(kind) = leaf_kind(container, &stack) {
                    // A leaf inside a leaf (a nested list) closes the outer one's text so far.
                    if let Some(outer) = pending.last_mut()
                        && let Some(r) = outer.range.take()
                    {
                        blocks.push((outer.kind, r, outer.in_blockquote));
                    }
                    pending.push(Pending {
                        kind,
                        range: None,
                        in_blockquote: stack.contains(&Container::BlockQuote),
                    });
                }
                stack.push(container);
            }
            Event::End(tag) => {
                let container = stack.pop();
                if matches!(tag, TagEnd::MetadataBlock(_)) {
                    in_metadata = false;
                }
                if container.is_some_and(|c| leaf_kind(c, &stack).is_some())
                    && let Some(done) = pending.pop()
                    && let Some(r) = done.range
                {
                    blocks.push((done.kind, r, done.in_blockquote));
                }
            }
            Event::Text(_) if in_metadata => {
                if let Some(fm) = front_matter.as_mut() {
                    let had_title = fm.title.is_some();
                    read_front_matter(text, range, fm);
                    if let Some(title) = fm.title.clone().filter(|_| !had_title) {
                        bytes[title.clone()].copy_from_slice(&text.as_bytes()[title.clone()]);
                        blocks.push((BlockKind::Headline, title, false));
                    }
                }
            }
            Event::Text(_) => {
                if stack.contains(&Container::Skip) {
                    continue;
                }
                if let Some(leaf) = pending.last_mut() {
                    bytes[range.clone()].copy_from_slice(&text.as_bytes()[range.clone()]);
                    leaf.range = Some(match leaf.range.take() {
                        Some(r) => r.start.min(range.start)..r.end.max(range.end),
                        None => range,
                    });
                }
            }
            _ => {}
        }
    }
    // Blank the markup that pulldown-cmark passes through as text: escapes
    // stay, but shortcodes and template tags are not prose.
    let mut prose = String::from_utf8(bytes).unwrap_or_else(|_| " ".repeat(text.len()));
    let shortcodes: Vec<Range<usize>> = SHORTCODE.find_iter(&prose).map(|m| m.range()).collect();
    blank_spans(&mut prose, &shortcodes);
    if bom > 0 {
        let mut b = std::mem::take(&mut prose).into_bytes();
        blank_bytes(&mut b, 0..bom);
        prose = String::from_utf8(b).unwrap_or_default();
    }
    blocks.sort_by_key(|b| b.1.start);
    Skeleton {
        prose,
        blocks,
        front_matter,
    }
}

static SHORTCODE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?s)\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}")
        .expect("shortcode pattern is valid")
});

/// The block kind a container gives its text, when it is a leaf for prose.
fn leaf_kind(container: Container, stack: &[Container]) -> Option<BlockKind> {
    if stack.contains(&Container::Skip) {
        return None;
    }
    match container {
        Container::Paragraph if stack.last() == Some(&Container::Item) => Some(BlockKind::ListItem),
        Container::Paragraph => Some(BlockKind::Paragraph),
        Container::Heading(level) => Some(BlockKind::Heading(level)),
        Container::Item => Some(BlockKind::ListItem),
        Container::TableCell => Some(BlockKind::TableCell),
        _ => None,
    }
}

/// Reads the simple top-level `key: value` (YAML) or `key = value` (TOML)
/// lines of a front matter block. Nested structures are kept raw; copydesk
/// only needs a few scalar fields.
fn read_front_matter(text: &str, range: Range<usize>, fm: &mut FrontMatter) {
    let mut offset = range.start;
    let mut list_key: Option<String> = None;
    for line in text[range.clone()].split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() || content.trim_start().starts_with('#') {
            continue;
        }
        let indented = content.starts_with([' ', '\t']);
        if indented && list_key.as_deref() == Some("copydesk") {
            let compact: String = content.chars().filter(|c| !c.is_whitespace()).collect();
            fm.copydesk_skip |= compact == "skip:true" || compact == "skip=true";
        }
        if indented {
            if let (Some(key), Some(item)) = (&list_key, content.trim_start().strip_prefix("- "))
                && is_author_key(key)
            {
                fm.authors.push(unquote(item.trim()).to_owned());
            }
            continue;
        }
        if let Some(section) = content
            .trim()
            .strip_prefix('[')
            .and_then(|c| c.strip_suffix(']'))
        {
            list_key = Some(section.trim().to_owned());
            continue;
        }
        if list_key.as_deref() == Some("copydesk") {
            let compact: String = content.chars().filter(|c| !c.is_whitespace()).collect();
            fm.copydesk_skip |= compact == "skip=true";
        }
        let Some(sep) = content.find([':', '=']) else {
            continue;
        };
        let key = content[..sep].trim().to_ascii_lowercase();
        let raw_value = &content[sep + 1..];
        let value = raw_value.trim();
        list_key = value.is_empty().then(|| key.clone());
        fm.fields.push((key.clone(), value.to_owned()));
        if key == "title" && !value.is_empty() {
            let lead = raw_value.len() - raw_value.trim_start().len();
            let start = line_start + sep + 1 + lead;
            let inner = unquote(value);
            let quote_skip = if inner.len() < value.len() { 1 } else { 0 };
            fm.title = Some(start + quote_skip..start + quote_skip + inner.len());
        } else if is_author_key(&key) && !value.is_empty() {
            let list = value.trim_start_matches('[').trim_end_matches(']');
            fm.authors.extend(
                list.split(',')
                    .map(|a| unquote(a.trim()).to_owned())
                    .filter(|a| !a.is_empty()),
            );
        }
    }
}

fn is_author_key(key: &str) -> bool {
    matches!(key, "author" | "authors" | "byline" | "bylines")
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(q) && value.ends_with(q) {
            return &value[1..value.len() - 1];
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_text(text: &str) -> Vec<(BlockKind, String)> {
        let s = read(text);
        s.blocks
            .iter()
            .map(|(k, r, _)| (*k, s.prose[r.clone()].trim().to_owned()))
            .collect()
    }

    #[test]
    fn front_matter_title_is_the_headline_and_the_rest_is_blank() {
        let text =
            "---\ntitle: \"Fines for Brightloop\"\nauthor: Siobhán Keane\n---\n\nBody text.\n";
        let s = read(text);
        assert_eq!(s.blocks[0].0, BlockKind::Headline);
        assert_eq!(&text[s.blocks[0].1.clone()], "Fines for Brightloop");
        let fm = s.front_matter.unwrap();
        assert_eq!(fm.authors, vec!["Siobhán Keane".to_owned()]);
        assert!(!s.prose.contains("author"));
        assert_eq!(s.prose.len(), text.len());
    }

    #[test]
    fn code_html_links_and_shortcodes_are_not_prose() {
        let text = "Para with `TK` and [a link](https://x.org/TK) <!-- XXX -->.\n\n{{< figure src=\"a.png\" >}}\n\n```\nXXX\n```\n";
        let s = read(text);
        assert!(!s.prose.contains("TK"));
        assert!(!s.prose.contains("XXX"));
        assert!(!s.prose.contains("figure"));
        assert!(s.prose.contains("a link"));
    }

    #[test]
    fn headings_lists_and_quotes_are_their_own_blocks() {
        let got = kinds_and_text("# Head\n\nPara.\n\n- one\n- two\n\n> quoted\n");
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading(1), "Head".into()),
                (BlockKind::Paragraph, "Para.".into()),
                (BlockKind::ListItem, "one".into()),
                (BlockKind::ListItem, "two".into()),
                (BlockKind::Paragraph, "quoted".into()),
            ]
        );
        assert!(read("> quoted\n").blocks[0].2);
    }

    #[test]
    fn nested_list_items_do_not_overlap() {
        let s = read("- outer\n  - inner\n");
        assert_eq!(s.blocks.len(), 2);
        assert!(s.blocks[0].1.end <= s.blocks[1].1.start);
    }
}
