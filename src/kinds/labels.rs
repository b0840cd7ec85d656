//! Interview and transcript labels ("Q:", "MS. DOYLE:") that the fragment
//! and attribution kinds both recognize.

/// "Q:", "A.", "Question:", or a speaker label ("Carver:", "MS. DOYLE:").
pub(crate) fn is_qa_label(text: &str) -> bool {
    let t = text.trim_start();
    for label in [
        "Q:",
        "A:",
        "Q.",
        "A.",
        "Q -",
        "A -",
        "Q —",
        "A —",
        "Question:",
        "Answer:",
    ] {
        if t.starts_with(label) {
            return true;
        }
    }
    speaker_label(t).is_some()
}

/// The speaker label that opens `text`, if any: one to three capitalized
/// words and a colon within the first 40 bytes ("Carver:", "MS. DOYLE:").
/// Returns the label, without its colon.
pub(crate) fn speaker_label(text: &str) -> Option<&str> {
    let near = &text.as_bytes()[..text.len().min(41)];
    let colon = memchr::memchr(b':', near)?;
    let label = &text[..colon];
    let mut count = 0;
    let words_ok = label.split_whitespace().all(|w| {
        count += 1;
        count <= 3 && w.chars().next().is_some_and(char::is_uppercase)
    });
    (words_ok && count > 0).then_some(label)
}

/// Whether `text` opens on a transcript's speaker label, all in capitals
/// ("MR. O'NEILL:", "CLINTON:"): the quotation names its own speaker.
pub(crate) fn opens_on_transcript_label(text: &str) -> bool {
    speaker_label(text.trim_start()).is_some_and(|label| {
        label.chars().any(char::is_alphabetic) && !label.chars().any(char::is_lowercase)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_open_interviews_and_transcripts() {
        assert!(is_qa_label("Q: Where were you?"));
        assert!(is_qa_label("Carver: We left at noon."));
        assert!(!is_qa_label("The plan was simple: leave at noon."));
        assert!(opens_on_transcript_label(" MR. O'NEILL: Thank you."));
        assert!(opens_on_transcript_label("CLINTON: We will."));
        assert!(!opens_on_transcript_label("Carver: We left at noon."));
        assert!(!opens_on_transcript_label("Warning: do not enter."));
    }
}
