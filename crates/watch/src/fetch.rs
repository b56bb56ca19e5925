//! Fetching one address over HTTP(S), with the limits a long-running watcher
//! needs: only `http:` and `https:` (checked again at every redirect), a
//! bounded number of redirects, connect and overall timeouts, a cap on the
//! body's size (after decompression), and a User-Agent naming chorus.

use std::fmt;
use std::time::Duration;

use url::Url;

/// The User-Agent chorus sends, so that a site's operators know who asks.
pub const USER_AGENT: &str = concat!("chorus/", env!("CARGO_PKG_VERSION"), " (news story engine)");

/// Limits on one fetch.
#[derive(Debug, Clone, Copy)]
pub struct FetchLimits {
    /// Longest wait to open a connection.
    pub connect_timeout: Duration,
    /// Longest time for the whole fetch, redirects and body included.
    pub timeout: Duration,
    /// Largest body, in bytes after decompression; more is an error.
    pub max_bytes: u64,
    /// Most redirects followed.
    pub max_redirects: u32,
}

impl Default for FetchLimits {
    fn default() -> FetchLimits {
        FetchLimits {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_bytes: 16 << 20,
            max_redirects: 5,
        }
    }
}

/// A fetched body.
#[derive(Debug, Clone)]
pub struct Fetched {
    /// The address the body came from, after redirects.
    pub url: String,
    /// The response's `Content-Type`, if any.
    pub content_type: Option<String>,
    /// The body, decompressed.
    pub body: Vec<u8>,
}

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// Not an address chorus fetches (`file:`, `ftp:`, `javascript:` …).
    Refused(String),
    /// Not an address at all.
    BadUrl(String),
    /// The server answered with an error status.
    Status(u16),
    /// More redirects than the limit.
    TooManyRedirects(u32),
    /// The body is larger than the limit; nothing of it is used.
    TooLarge(u64),
    /// No answer within the time limit.
    Timeout(Duration),
    /// The connection or the exchange failed.
    Network(String),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Refused(scheme) => write!(
                f,
                "refused: only http and https addresses are fetched, not {scheme}: addresses"
            ),
            FetchError::BadUrl(reason) => write!(f, "not a valid address ({reason})"),
            FetchError::Status(status) => write!(f, "the server answered HTTP {status}"),
            FetchError::TooManyRedirects(limit) => write!(f, "more than {limit} redirects"),
            FetchError::TooLarge(limit) => write!(f, "body larger than the {limit}-byte limit, cut off and not used"),
            FetchError::Timeout(limit) => write!(f, "no complete answer within {} s", limit.as_secs_f32()),
            FetchError::Network(reason) => write!(f, "{reason}"),
        }
    }
}

impl std::error::Error for FetchError {}

impl FetchError {
    /// Whether asking again later would fail the same way: a refused or bad
    /// address, a client error status (4xx), a body over the limit. Server
    /// errors, timeouts and network failures may pass.
    pub fn is_permanent(&self) -> bool {
        match self {
            FetchError::Refused(_) | FetchError::BadUrl(_) | FetchError::TooLarge(_) => true,
            FetchError::Status(status) => (400..500).contains(status) && !matches!(status, 408 | 429),
            FetchError::TooManyRedirects(_) | FetchError::Timeout(_) | FetchError::Network(_) => false,
        }
    }
}

/// An HTTP(S) client with limits. Cheap to share: one connection pool.
pub struct Fetcher {
    agent: ureq::Agent,
    limits: FetchLimits,
}

impl Fetcher {
    /// A client with these limits.
    pub fn new(limits: FetchLimits) -> Fetcher {
        let config = ureq::Agent::config_builder()
            .timeout_connect(Some(limits.connect_timeout))
            .timeout_global(Some(limits.timeout))
            // Redirects are followed here, so that each target's scheme is checked.
            .max_redirects(0)
            .http_status_as_error(false)
            .user_agent(USER_AGENT)
            .build();
        Fetcher {
            agent: config.into(),
            limits,
        }
    }

    /// The limits of this client.
    pub fn limits(&self) -> &FetchLimits {
        &self.limits
    }

    /// Fetch `address`, following redirects.
    pub fn get(&self, address: &str) -> Result<Fetched, FetchError> {
        let mut url = checked_url(address, None)?;
        for _ in 0..=self.limits.max_redirects {
            let mut response = self.agent.get(url.as_str()).call().map_err(|err| self.error(err))?;
            let status = response.status().as_u16();
            if matches!(status, 301 | 302 | 303 | 307 | 308) {
                let location = response
                    .headers()
                    .get("location")
                    .and_then(|value| value.to_str().ok())
                    .ok_or_else(|| FetchError::Network(format!("HTTP {status} redirect without a Location")))?;
                url = checked_url(location, Some(&url))?;
                continue;
            }
            if !(200..300).contains(&status) {
                return Err(FetchError::Status(status));
            }
            let content_type = response
                .headers()
                .get("content-type")
                .and_then(|value| value.to_str().ok())
                .map(str::to_string);
            let body = response
                .body_mut()
                .with_config()
                .limit(self.limits.max_bytes)
                .read_to_vec()
                .map_err(|err| self.error(err))?;
            return Ok(Fetched {
                url: url.to_string(),
                content_type,
                body,
            });
        }
        Err(FetchError::TooManyRedirects(self.limits.max_redirects))
    }

    fn error(&self, err: ureq::Error) -> FetchError {
        match err {
            ureq::Error::Timeout(_) => FetchError::Timeout(self.limits.timeout),
            ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge(self.limits.max_bytes),
            ureq::Error::Io(err) if err.kind() == std::io::ErrorKind::TimedOut => {
                FetchError::Timeout(self.limits.timeout)
            }
            ureq::Error::HostNotFound => FetchError::Network("host not found".to_string()),
            ureq::Error::ConnectionFailed => FetchError::Network("connection failed".to_string()),
            other => FetchError::Network(other.to_string()),
        }
    }
}

/// Parse `address` (relative to `base` for a redirect) and refuse any
/// scheme but `http` and `https`.
pub fn checked_url(address: &str, base: Option<&Url>) -> Result<Url, FetchError> {
    let address = address.trim();
    let parsed = match base {
        Some(base) => base.join(address),
        None => Url::parse(address),
    };
    let url = parsed.map_err(|err| FetchError::BadUrl(format!("{address:?}: {err}")))?;
    match url.scheme() {
        "http" | "https" if url.host().is_some() => Ok(url),
        "http" | "https" => Err(FetchError::BadUrl(format!("{address:?} has no host"))),
        other => Err(FetchError::Refused(other.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_are_fetched() {
        assert!(checked_url("https://example.org/feed", None).is_ok());
        assert!(checked_url("HTTP://example.org/", None).is_ok());
        for address in [
            "file:///etc/passwd",
            "ftp://example.org/x",
            "javascript:alert(1)",
            "data:text/html,x",
        ] {
            let err = checked_url(address, None).unwrap_err();
            assert!(matches!(err, FetchError::Refused(_)), "{address}: {err:?}");
            assert!(err.to_string().starts_with("refused"), "{err}");
        }
        let base = Url::parse("https://example.org/a/b").unwrap();
        assert_eq!(
            checked_url("../c", Some(&base)).unwrap().as_str(),
            "https://example.org/c"
        );
        assert!(matches!(
            checked_url("file:///x", Some(&base)),
            Err(FetchError::Refused(_))
        ));
        assert!(matches!(checked_url("not a url", None), Err(FetchError::BadUrl(_))));
    }
}
