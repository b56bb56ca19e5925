//! From bytes to text: byte-order marks, declared HTML charsets, a fallback
//! for legacy 8-bit text, and the refusal of binary data.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Text decoded from bytes, with a note when the encoding had to be guessed.
#[derive(Debug)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// Set when the bytes were not what they claimed to be and were repaired.
    pub warning: Option<String>,
}

/// Decode the bytes of one document. HTML pages may declare their charset in
/// a `<meta>` tag; other text is UTF-8, or failing that read as Windows-1252
/// (the usual legacy encoding of Western web text) with a warning.
///
/// Binary data (NUL bytes or many control characters) is an error.
pub fn decode_bytes(bytes: &[u8], html: bool) -> Result<Decoded, String> {
    decode_with_transport(bytes, html, None)
}

/// Decode a page that came with an HTTP `Content-Type` header (from a WARC
/// record or a fetch): the charset the page declares wins, and the header's
/// charset is used only when the page declares none.
pub fn decode_page(bytes: &[u8], content_type: Option<&str>) -> Result<Decoded, String> {
    let transport = content_type
        .and_then(charset_param)
        .and_then(|label| Encoding::for_label(label.as_bytes()));
    decode_with_transport(bytes, true, transport)
}

/// The media type of a `Content-Type` value, lower-cased, without parameters:
/// `text/html` for `Text/HTML; charset=UTF-8`.
pub fn media_type(content_type: &str) -> String {
    content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

/// The `charset` parameter of a `Content-Type` value, unquoted.
fn charset_param(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_string())
    })
}

fn decode_with_transport(bytes: &[u8], html: bool, transport: Option<&'static Encoding>) -> Result<Decoded, String> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        let warning = had_errors.then(|| format!("invalid {} sequences replaced", encoding.name()));
        return Ok(Decoded {
            text: text.into_owned(),
            warning,
        });
    }
    if looks_binary(bytes) {
        return Err("binary data, not text (is this really an article?)".to_string());
    }
    if html {
        if let Some(encoding) = declared_charset(bytes).or(transport) {
            if encoding != UTF_8 {
                let (text, _, had_errors) = encoding.decode(bytes);
                let warning =
                    had_errors.then(|| format!("invalid bytes for the declared charset {} replaced", encoding.name()));
                return Ok(Decoded {
                    text: text.into_owned(),
                    warning,
                });
            }
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: text.to_string(),
            warning: None,
        }),
        Err(err) if mostly_utf8(bytes) => Ok(Decoded {
            text: String::from_utf8_lossy(bytes).into_owned(),
            warning: Some(format!(
                "not valid UTF-8 (bad byte at offset {}); read as UTF-8 with the bad bytes replaced",
                err.valid_up_to()
            )),
        }),
        Err(err) => {
            let (text, _, _) = WINDOWS_1252.decode(bytes);
            Ok(Decoded {
                text: text.into_owned(),
                warning: Some(format!(
                    "not valid UTF-8 (bad byte at offset {}); read as Windows-1252",
                    err.valid_up_to()
                )),
            })
        }
    }
}

/// Whether bytes that are not valid UTF-8 are still UTF-8 text with a few
/// stray bytes (a page pasted together from two sources, a truncated
/// character): valid multi-byte sequences outnumber the invalid bytes four
/// to one. Legacy 8-bit text almost never forms valid multi-byte sequences,
/// since its accented letters stand alone between ASCII letters.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut valid_sequences, mut invalid_bytes) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        valid_sequences += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid_bytes += chunk.invalid().len();
    }
    valid_sequences >= 4 * invalid_bytes
}

/// NUL bytes, or more than 5% control characters other than whitespace, in
/// the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    controls * 20 > head.len()
}

/// The charset a page declares in a `<meta>` tag of its first 4 KiB
/// (`<meta charset=...>` or `content="text/html; charset=..."`). The
/// `charset` attribute of a `<script>` says how that script is encoded, not
/// the page, so only meta tags count.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    head.match_indices("<meta").find_map(|(at, _)| {
        let tag = &head[at..];
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        meta_charset(tag)
    })
}

/// The charset named in one meta tag's text, if it names one.
fn meta_charset(tag: &str) -> Option<&'static Encoding> {
    let at = tag.find("charset")?;
    let rest = tag[at + "charset".len()..].trim_start();
    let rest = rest.strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let decoded = decode_bytes("Café déjà vu".as_bytes(), false).unwrap();
        assert_eq!(decoded.text, "Café déjà vu");
        assert!(decoded.warning.is_none());
    }

    #[test]
    fn bom_is_removed_and_utf16_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "Hi".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode_bytes(&bytes, false).unwrap().text, "Hi");
        assert_eq!(decode_bytes(b"\xEF\xBB\xBFHello", false).unwrap().text, "Hello");
    }

    #[test]
    fn latin1_text_is_read_with_a_warning() {
        let decoded = decode_bytes(b"Caf\xe9 cr\xe8me", false).unwrap();
        assert_eq!(decoded.text, "Café crème");
        assert!(decoded.warning.unwrap().contains("not valid UTF-8"));
    }

    #[test]
    fn declared_html_charset_is_used() {
        let page = b"<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8\xe2\xe5\xf2</body></html>";
        let decoded = decode_bytes(page, true).unwrap();
        assert!(decoded.text.contains("Привет"), "{}", decoded.text);
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        let page = "<html><meta charset=\"utf-8\"><p>Zażółć gęślą jaźń, Łódź, Kraków, Wrocław</p></html>";
        let mut bytes = page.as_bytes().to_vec();
        bytes.insert(bytes.len() - 7, 0xE9);
        let decoded = decode_bytes(&bytes, true).unwrap();
        assert!(decoded.text.contains("Zażółć gęślą jaźń"), "{}", decoded.text);
        assert!(decoded.warning.unwrap().contains("bad bytes replaced"));
    }

    #[test]
    fn a_script_charset_is_not_the_page_charset() {
        let page = b"<html><head><script src=\"a.js\" charset=\"utf-8\"></script>\
            <meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>\
            <body>\xc4\xe3\xba\xc3</body></html>";
        let decoded = decode_bytes(page, true).unwrap();
        assert!(decoded.text.contains("你好"), "{}", decoded.text);
    }

    #[test]
    fn transport_charset_is_used_only_when_the_page_declares_none() {
        let undeclared = b"<html><body>\xcf\xf0\xe8\xe2\xe5\xf2</body></html>";
        let decoded = decode_page(undeclared, Some("text/html; charset=\"windows-1251\"")).unwrap();
        assert!(decoded.text.contains("Привет"), "{}", decoded.text);
        assert!(decoded.warning.is_none());

        let declared = b"<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8</body></html>";
        let decoded = decode_page(declared, Some("text/html; charset=iso-8859-7")).unwrap();
        assert!(decoded.text.contains("При"), "{}", decoded.text);
    }

    #[test]
    fn media_type_drops_parameters() {
        assert_eq!(media_type("Text/HTML; charset=UTF-8"), "text/html");
        assert_eq!(charset_param("text/html; Charset='koi8-r'").as_deref(), Some("koi8-r"));
    }

    #[test]
    fn binary_is_refused() {
        let err = decode_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", false).unwrap_err();
        assert!(err.contains("binary"));
    }
}
