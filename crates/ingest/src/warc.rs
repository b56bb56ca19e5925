//! WARC files (ISO 28500, versions 0.17 to 1.1), plain or gzipped: the HTML
//! pages of their `response` and `resource` records become articles.
//!
//! A record is a `WARC/1.x` line, header lines, a blank line, `Content-Length`
//! bytes of block and two line breaks. A `response` block is an HTTP response:
//! its status line and headers are stripped (chunked transfer coding and gzip
//! or deflate content coding undone), and its `Content-Type` gives the charset
//! when the page declares none. `WARC-Target-URI` is the article's URL and
//! `WARC-Date` its capture time (`RawArticle::captured`, never its publication
//! date).
//! Requests, metadata, revisits, non-HTML and non-2xx responses are skipped.
//!
//! Records are read as a stream, one at a time, so a file of any size is read
//! in bounded memory. A gzipped WARC is read gzip member by gzip member (the
//! usual `.warc.gz` has one member per record; a whole-file gzip is one
//! member), so that a corrupt member is skipped and the next one read.
//!
//! A record is named `FILE@OFFSET`: its byte offset in the file, or for a
//! gzipped file the offset of its gzip member, followed by `+N` when it is not
//! the first record of the member (`N` counts decompressed bytes). That is the
//! offset a CDX index gives.

use std::io::{self, BufRead, Read, Seek, SeekFrom};

use chorus_model::{Body, Problem};

use crate::decode::{decode_page, media_type};
use crate::{describe_io, human_bytes, Item, Limits};

/// Longest header section (WARC or HTTP) of one record.
const MAX_HEADER_BYTES: u64 = 64 << 10;

/// A reader that counts the bytes consumed from it.
struct Counted<R> {
    inner: R,
    position: u64,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.position += read as u64;
        Ok(read)
    }
}

impl<R: BufRead> BufRead for Counted<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.position += amount as u64;
        self.inner.consume(amount);
    }
}

/// What the records read so far amount to, for the file's last word.
#[derive(Default)]
struct Tally {
    records: usize,
    pages: usize,
}

/// Read a plain (uncompressed) WARC stream.
pub(crate) fn read_warc(reader: impl BufRead, name: &str, limits: &Limits, sink: &mut dyn FnMut(Item)) {
    let mut tally = Tally::default();
    let mut reader = Counted {
        inner: reader,
        position: 0,
    };
    let name_at = |offset: u64| format!("{name}@{offset}");
    let mut record = 0;
    if let Err(err) = read_records(&mut reader, &name_at, &mut record, limits, &mut tally, sink) {
        sink(Item::Problem(Problem::error(name_at(record), describe_io(&err))));
    }
    finish(name, &tally, sink);
}

/// Read a gzipped WARC file, member by member.
pub(crate) fn read_warc_gz<R: BufRead + Seek>(file: R, name: &str, limits: &Limits, sink: &mut dyn FnMut(Item)) {
    let mut tally = Tally::default();
    let mut file = Counted {
        inner: file,
        position: 0,
    };
    loop {
        match file.fill_buf() {
            Ok([]) => break,
            Ok(_) => {}
            Err(err) => {
                sink(Item::Problem(Problem::error(name, describe_io(&err))));
                break;
            }
        }
        let member = file.position;
        let mut record = 0;
        let result = {
            let decoder = flate2::bufread::GzDecoder::new(&mut file);
            let mut records = Counted {
                inner: io::BufReader::new(decoder),
                position: 0,
            };
            let name_at = |offset: u64| match offset {
                0 => format!("{name}@{member}"),
                _ => format!("{name}@{member}+{offset}"),
            };
            read_records(&mut records, &name_at, &mut record, limits, &mut tally, sink)
        };
        let Err(err) = result else { continue };
        let at = match record {
            0 => format!("{name}@{member}"),
            _ => format!("{name}@{member}+{record}"),
        };
        let message = match err.kind() {
            io::ErrorKind::UnexpectedEof => "truncated: the file ends inside this gzip member".to_string(),
            _ => format!("corrupt gzip member, skipped ({err})"),
        };
        sink(Item::Problem(Problem::error(at.as_str(), message)));
        // Go on at the next gzip header after the start of the bad member.
        match next_gzip_member(&mut file, member + 1) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                sink(Item::Problem(Problem::error(name, describe_io(&err))));
                break;
            }
        }
    }
    finish(name, &tally, sink);
}

/// Move `file` to the next gzip header (`1f 8b 08`) at or after `from`;
/// false when there is none.
fn next_gzip_member<R: BufRead + Seek>(file: &mut Counted<R>, from: u64) -> io::Result<bool> {
    file.inner.seek(SeekFrom::Start(from))?;
    file.position = from;
    let mut last = [0u8; 2];
    loop {
        let buf = file.inner.fill_buf()?;
        if buf.is_empty() {
            return Ok(false);
        }
        for (index, &byte) in buf.iter().enumerate() {
            if last == [0x1f, 0x8b] && byte == 0x08 {
                let start = file.position + index as u64 - 2;
                file.inner.seek(SeekFrom::Start(start))?;
                file.position = start;
                return Ok(true);
            }
            last = [last[1], byte];
        }
        let length = buf.len();
        file.consume(length);
    }
}

fn finish(name: &str, tally: &Tally, sink: &mut dyn FnMut(Item)) {
    if tally.pages == 0 {
        let message = match tally.records {
            0 => "no WARC records in it".to_string(),
            n => format!("no HTML pages in its {n} WARC records"),
        };
        sink(Item::Problem(Problem::error(name, message)));
    }
}

/// The header of one WARC record, with the fields chorus reads.
#[derive(Default)]
struct WarcHeader {
    kind: String,
    content_length: Option<u64>,
    content_type: Option<String>,
    target_uri: Option<String>,
    date: Option<String>,
}

/// Read the records of one stream; an IO error (a truncated or corrupt
/// stream) ends it and is returned, everything before it having been handed
/// to `sink`, with `record` the offset of the record it was met in.
fn read_records(
    reader: &mut Counted<impl BufRead>,
    name_at: &dyn Fn(u64) -> String,
    record: &mut u64,
    limits: &Limits,
    tally: &mut Tally,
    sink: &mut dyn FnMut(Item),
) -> io::Result<()> {
    let mut line = Vec::new();
    let mut pending: Option<u64> = None;
    loop {
        // The version line; blank lines between records are tolerated.
        let start = match pending.take() {
            Some(start) => start,
            None => {
                let start = reader.position;
                if !read_line(reader, &mut line)? {
                    return Ok(());
                }
                if is_blank(&line) {
                    continue;
                }
                if !line.starts_with(b"WARC/") {
                    sink(Item::Problem(Problem::error(
                        name_at(start),
                        "not a WARC record (no WARC/1.x version line here); skipped to the next record",
                    )));
                    match resync(reader, &mut line)? {
                        Some(next) => {
                            pending = Some(next);
                            continue;
                        }
                        None => return Ok(()),
                    }
                }
                start
            }
        };
        tally.records += 1;
        *record = start;
        let at = name_at(start);
        let header = match read_warc_header(reader, &mut line) {
            Ok(header) => header,
            Err(err) if err.kind() == io::ErrorKind::UnexpectedEof => {
                sink(Item::Problem(Problem::error(
                    at.as_str(),
                    "truncated WARC record: the file ends in its header",
                )));
                return Ok(());
            }
            Err(err) => return Err(err),
        };
        let Some(length) = header.content_length else {
            sink(Item::Problem(Problem::error(
                at.as_str(),
                "malformed WARC record: no valid Content-Length; skipped to the next record",
            )));
            match resync(reader, &mut line)? {
                Some(next) => {
                    pending = Some(next);
                    continue;
                }
                None => return Ok(()),
            }
        };
        let wanted = is_page_record(&header);
        let mut block = Vec::new();
        if wanted && length <= limits.max_article_bytes + MAX_HEADER_BYTES {
            reader.take(length).read_to_end(&mut block)?;
            if (block.len() as u64) < length {
                sink(Item::Problem(Problem::error(
                    at.as_str(),
                    format!(
                        "truncated WARC record: the file ends {} into a block of {}",
                        human_bytes(block.len() as u64),
                        human_bytes(length)
                    ),
                )));
                return Ok(());
            }
        } else {
            let skipped = io::copy(&mut reader.take(length), &mut io::sink())?;
            if skipped < length {
                sink(Item::Problem(Problem::error(
                    at.as_str(),
                    "truncated WARC record: the file ends inside its block",
                )));
                return Ok(());
            }
            if wanted {
                sink(Item::Problem(Problem::error(
                    at.as_str(),
                    format!(
                        "record larger than the {} limit for one article, skipped",
                        human_bytes(limits.max_article_bytes)
                    ),
                )));
            }
        }
        // The block is followed by a blank line (two, by the standard); text
        // right after it means Content-Length was wrong.
        let after = reader.position;
        if read_line(reader, &mut line)? && !is_blank(&line) {
            sink(Item::Problem(Problem::error(
                at.as_str(),
                "malformed WARC record: its block does not end where Content-Length says; skipped",
            )));
            if line.starts_with(b"WARC/") {
                pending = Some(after);
            } else if let Some(next) = resync(reader, &mut line)? {
                pending = Some(next);
            }
            continue;
        }
        if wanted && !block.is_empty() {
            if let Some(item) = page_from_record(&header, &block, &at, limits) {
                if matches!(item, Item::Article(_)) {
                    tally.pages += 1;
                }
                sink(item);
            }
        }
    }
}

/// Skip lines up to the next `WARC/` version line; its offset, or `None` at
/// the end of the stream.
fn resync(reader: &mut Counted<impl BufRead>, line: &mut Vec<u8>) -> io::Result<Option<u64>> {
    loop {
        let start = reader.position;
        if !read_line(reader, line)? {
            return Ok(None);
        }
        if line.starts_with(b"WARC/") {
            return Ok(Some(start));
        }
    }
}

/// Read one line (at most [`MAX_HEADER_BYTES`]) into `line`; false at the end
/// of the stream.
fn read_line(reader: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<bool> {
    line.clear();
    let read = reader.take(MAX_HEADER_BYTES).read_until(b'\n', line)?;
    Ok(read > 0)
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|b| b.is_ascii_whitespace())
}

fn read_warc_header(reader: &mut impl BufRead, line: &mut Vec<u8>) -> io::Result<WarcHeader> {
    let mut header = WarcHeader::default();
    let mut total = 0u64;
    loop {
        if !read_line(reader, line)? {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        total += line.len() as u64;
        if is_blank(line) {
            return Ok(header);
        }
        if total > MAX_HEADER_BYTES {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "WARC header too long"));
        }
        let text = String::from_utf8_lossy(line);
        let Some((key, value)) = text.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "warc-type" => header.kind = value.to_ascii_lowercase(),
            "content-length" => header.content_length = value.parse().ok(),
            "content-type" => header.content_type = Some(value.to_string()),
            // WARC/1.0 writers put the URI in angle brackets; 1.1 does not.
            "warc-target-uri" => {
                header.target_uri = Some(value.trim_start_matches('<').trim_end_matches('>').to_string())
            }
            "warc-date" => header.date = Some(value.to_string()).filter(|date| !date.is_empty()),
            _ => {}
        }
    }
}

/// Whether a record can hold a page: an HTTP response, or a resource record
/// (a page stored without its HTTP exchange) of an HTML type.
fn is_page_record(header: &WarcHeader) -> bool {
    match header.kind.as_str() {
        "response" => header
            .content_type
            .as_deref()
            .is_none_or(|t| media_type(t) == "application/http"),
        "resource" => header.content_type.as_deref().is_some_and(is_html_type),
        _ => false,
    }
}

fn is_html_type(content_type: &str) -> bool {
    matches!(media_type(content_type).as_str(), "text/html" | "application/xhtml+xml")
}

/// The article in a page record, a problem, or nothing for a record that is
/// not an HTML page.
fn page_from_record(header: &WarcHeader, block: &[u8], at: &str, limits: &Limits) -> Option<Item> {
    let (content_type, payload) = if header.kind == "response" {
        let response = match parse_http(block, limits) {
            Ok(Some(response)) => response,
            Ok(None) => return None,
            Err(message) => return Some(Item::Problem(Problem::error(at, message))),
        };
        (response.content_type, response.body)
    } else {
        (header.content_type.clone(), block.to_vec())
    };
    match content_type.as_deref() {
        Some(content_type) if !is_html_type(content_type) => return None,
        None if crate::sniff_format(&payload) != crate::Format::Html => return None,
        _ => {}
    }
    if payload.iter().all(|b| b.is_ascii_whitespace()) {
        return None;
    }
    let decoded = match decode_page(&payload, content_type.as_deref()) {
        Ok(decoded) => decoded,
        Err(message) => return Some(Item::Problem(Problem::error(at, message))),
    };
    let mut article = crate::bare_article(at, Body::Html(decoded.text));
    article.url = header.target_uri.clone().filter(|uri| !uri.is_empty());
    article.captured.clone_from(&header.date);
    Some(Item::Article(article))
}

/// An HTTP response's body with its content type.
struct HttpResponse {
    content_type: Option<String>,
    body: Vec<u8>,
}

/// Parse an HTTP response block. `Ok(None)` for a response that holds no
/// page (not 2xx); `Err` for one that cannot be read.
fn parse_http(block: &[u8], limits: &Limits) -> Result<Option<HttpResponse>, String> {
    let Some((head, body)) = split_http_head(block) else {
        return Err("malformed HTTP response in the record: no end of headers".to_string());
    };
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    let status: Option<u16> = status_line
        .strip_prefix("HTTP/")
        .and_then(|rest| rest.split_whitespace().nth(1))
        .and_then(|code| code.parse().ok());
    let Some(status) = status else {
        return Err(format!(
            "malformed HTTP status line in the record: {:?}",
            truncate(status_line, 60)
        ));
    };
    if !(200..300).contains(&status) {
        return Ok(None);
    }
    let mut content_type = None;
    let mut chunked = false;
    let mut coding = None;
    for line in lines {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim();
        match key.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.to_string()),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => coding = Some(value.to_ascii_lowercase()),
            _ => {}
        }
    }
    let mut body = body.to_vec();
    if chunked {
        // Many crawlers store the body already de-chunked but keep the header.
        if let Some(dechunked) = dechunk(&body) {
            body = dechunked;
        }
    }
    match coding.as_deref() {
        None | Some("identity") | Some("") => {}
        Some("gzip" | "x-gzip") => body = inflate(flate2::read::MultiGzDecoder::new(&body[..]), limits)?,
        Some("deflate") => body = inflate(flate2::read::ZlibDecoder::new(&body[..]), limits)?,
        Some(other) => {
            return Err(format!(
                "HTTP content coding {other:?} is not supported; record skipped"
            ))
        }
    }
    Ok(Some(HttpResponse { content_type, body }))
}

fn split_http_head(block: &[u8]) -> Option<(&[u8], &[u8])> {
    if let Some(at) = find(block, b"\r\n\r\n") {
        return Some((&block[..at], &block[at + 4..]));
    }
    find(block, b"\n\n").map(|at| (&block[..at], &block[at + 2..]))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|window| window == needle)
}

/// Undo chunked transfer coding; `None` when the body is not chunked.
fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let end = find(rest, b"\n")?;
        let size_text = std::str::from_utf8(&rest[..end]).ok()?.trim();
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        rest = &rest[end + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?;
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
}

fn inflate(decoder: impl Read, limits: &Limits) -> Result<Vec<u8>, String> {
    crate::read_bounded(decoder, limits.max_article_bytes)
        .map_err(|message| format!("HTTP body cannot be decompressed: {message}"))
}

fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"5\r\nHello\r\n6;x=1\r\n world\r\n0\r\n\r\n").unwrap(),
            b"Hello world"
        );
        assert!(dechunk(b"<html>not chunked</html>").is_none());
    }

    #[test]
    fn non_2xx_responses_hold_no_page() {
        let limits = Limits::default();
        let redirect = b"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n";
        assert!(parse_http(redirect, &limits).unwrap().is_none());
        let ok = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>";
        let response = parse_http(ok, &limits).unwrap().unwrap();
        assert_eq!(response.body, b"<p>x</p>");
        assert_eq!(response.content_type.as_deref(), Some("text/html"));
    }
}
