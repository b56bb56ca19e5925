//! Request targets: the path and its query parameters, percent-decoded.

/// A request target split into its decoded path segments and query pairs.
pub(crate) struct Target {
    pub(crate) segments: Vec<String>,
    pub(crate) params: Vec<(String, String)>,
}

impl Target {
    /// Split `/a/b?x=1&y=2`.
    pub(crate) fn parse(url: &str) -> Target {
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        let path = path.split_once('#').map_or(path, |(p, _)| p);
        let segments = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(|s| decode(s, false))
            .collect();
        let params = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(name, true), decode(value, true))
            })
            .collect();
        Target { segments, params }
    }

    /// The first value of a query parameter, trimmed, if not empty.
    pub(crate) fn param(&self, name: &str) -> Option<String> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim().to_string())
            .filter(|v| !v.is_empty())
    }
}

/// Percent-decoding; `+` is a space in a query. Bad escapes stay as written,
/// and bytes that are not UTF-8 become U+FFFD.
fn decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(high), Some(low)) => {
                    out.push(high * 16 + low);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' if plus_is_space => out.push(b' '),
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_queries_are_decoded() {
        let target = Target::parse("/api/stories/s%201?q=syrian+fighters&outlet=Le%20Monde&empty=&bad=%zz%4");
        assert_eq!(target.segments, ["api", "stories", "s 1"]);
        assert_eq!(target.param("q").as_deref(), Some("syrian fighters"));
        assert_eq!(target.param("outlet").as_deref(), Some("Le Monde"));
        assert_eq!(target.param("empty"), None);
        assert_eq!(target.param("bad").as_deref(), Some("%zz%4"));
        assert_eq!(Target::parse("/").segments, Vec::<String>::new());
        assert_eq!(Target::parse("/x?q=%C3%A9").param("q").as_deref(), Some("é"));
    }
}
