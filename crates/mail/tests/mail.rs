//! Behaviour of the three transports and of the development mailbox.

use std::fs;
use std::net::TcpListener;

use mail_parser::MessageParser;
use opengov_mail::{Email, MailError, Mailer, SmtpConfig, TlsMode, read_eml, read_mailbox};

const FROM: &str = "Open Government <no-reply@example.org>";
const SUBJECT_AR: &str = "تأكيد بريدكم الإلكتروني";
const SUBJECT_ZGH: &str = "ⴰⵙⵏⵜⵎ";

fn email(subject: &str, language: &str) -> Email {
    Email {
        to: "amina@example.org".into(),
        to_name: Some("أمينة".into()),
        subject: subject.into(),
        text: format!("{subject}\n\nhttps://example.org/confirm?token=abc123"),
        html: format!(
            "<p>{subject}</p><p><a href=\"https://example.org/confirm?token=abc123\">ok</a></p>"
        ),
        language: language.into(),
    }
}

/// The header block of a raw message, one unfolded header per line.
fn header_lines(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    let head = text.split("\r\n\r\n").next().unwrap_or_default();
    let mut lines: Vec<String> = Vec::new();
    for line in head.split("\r\n") {
        match lines.last_mut() {
            Some(last) if line.starts_with([' ', '\t']) => last.push_str(line),
            _ => lines.push(line.to_owned()),
        }
    }
    lines
}

#[tokio::test]
async fn memory_keeps_messages_with_both_parts() {
    let mailer = Mailer::memory();
    let shared = mailer.clone();
    mailer.send(FROM, &email(SUBJECT_AR, "ar")).await.unwrap();

    let sent = shared.sent();
    assert_eq!(sent.len(), 1);
    let msg = &sent[0];
    assert_eq!(msg.to, "amina@example.org");
    assert_eq!(msg.subject, SUBJECT_AR);
    assert_eq!(msg.language, "ar");
    assert!(msg.text.contains("token=abc123"));
    assert!(msg.html.starts_with("<p>"));

    let headers = header_lines(&msg.raw);
    assert!(
        headers.iter().any(|h| h == "Content-Language: ar"),
        "{headers:?}"
    );
    assert!(
        headers
            .iter()
            .any(|h| h.starts_with("Content-Type: multipart/alternative;"))
    );
    assert!(
        headers
            .iter()
            .any(|h| h.starts_with("Message-ID: <") && h.ends_with("@example.org>"))
    );
    assert!(headers.iter().any(|h| h.starts_with("Date: ")));
    let raw = String::from_utf8_lossy(&msg.raw);
    assert!(raw.contains("Content-Type: text/plain; charset=utf-8"));
    assert!(raw.contains("Content-Type: text/html; charset=utf-8"));

    let parsed = MessageParser::default().parse(&msg.raw).unwrap();
    assert_eq!(parsed.subject(), Some(SUBJECT_AR));
    let to = parsed.to().unwrap().first().unwrap();
    assert_eq!(to.name(), Some("أمينة"));
    assert_eq!(to.address(), Some("amina@example.org"));
    let from = parsed.from().unwrap().first().unwrap();
    assert_eq!(from.name(), Some("Open Government"));
    assert_eq!(from.address(), Some("no-reply@example.org"));
    assert_eq!(parsed.text_body_count(), 1);
    assert_eq!(parsed.html_body_count(), 1);
    // Bodies travel with CRLF line ends.
    let text = parsed.body_text(0).unwrap().replace("\r\n", "\n");
    assert_eq!(text.trim_end(), msg.text);
    assert_eq!(parsed.body_html(0).unwrap().trim_end(), msg.html);
}

#[tokio::test]
async fn other_mailers_report_nothing_sent() {
    let dir = tempfile::tempdir().unwrap();
    let files = Mailer::files(dir.path());
    files.send(FROM, &email("Hello", "en")).await.unwrap();
    assert!(files.sent().is_empty());
}

#[tokio::test]
async fn files_are_listed_newest_first_and_decoded() {
    let dir = tempfile::tempdir().unwrap();
    let maildir = dir.path().join("mail").join("outbox");
    let mailer = Mailer::files(&maildir);

    let mut arabic = email(SUBJECT_AR, "ar");
    // Long lines make lettre choose between quoted-printable and base64.
    arabic.text = format!("{SUBJECT_AR} ").repeat(20);
    mailer.send(FROM, &arabic).await.unwrap();
    let mut french = email("Confirmez votre adresse électronique", "fr");
    french.text = "Bonjour, veuillez confirmer votre adresse électronique. ".repeat(10);
    mailer.send(FROM, &french).await.unwrap();
    let mut tifinagh = email(SUBJECT_ZGH, "zgh");
    tifinagh.to_name = Some("ⴰⵎⵉⵏⴰ".into());
    mailer.send(FROM, &tifinagh).await.unwrap();

    let names: Vec<String> = fs::read_dir(&maildir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| n.ends_with(".eml") && !n.starts_with('.'))
    );

    let entries = read_mailbox(&maildir, 10);
    let subjects: Vec<&str> = entries.iter().map(|e| e.subject.as_str()).collect();
    assert_eq!(
        subjects,
        [
            SUBJECT_ZGH,
            "Confirmez votre adresse électronique",
            SUBJECT_AR
        ]
    );

    let zgh = &entries[0];
    assert_eq!(zgh.to, "ⴰⵎⵉⵏⴰ <amina@example.org>");
    assert_eq!(zgh.text.trim_end(), tifinagh.text);
    assert_eq!(zgh.html.trim_end(), tifinagh.html);
    assert!(zgh.date.len() >= 20, "{}", zgh.date);
    assert!(!zgh.file.contains('/'));
    assert_eq!(entries[1].text.trim_end(), french.text.trim_end());
    assert_eq!(entries[2].text.trim_end(), arabic.text.trim_end());
    assert_eq!(entries[2].to, "أمينة <amina@example.org>");

    // The subjects are RFC 2047 encoded words on the wire, not raw UTF-8.
    let raw = fs::read(maildir.join(&entries[0].file)).unwrap();
    assert!(raw.is_ascii(), "the message must be 7-bit clean");
    let headers = header_lines(&raw);
    assert!(
        headers.iter().any(|h| h.starts_with("Subject: =?utf-8?")),
        "{headers:?}"
    );
    assert!(headers.iter().any(|h| h == "Content-Language: zgh"));

    // Both body encodings that lettre picks were exercised and decoded.
    let all: String = entries
        .iter()
        .map(|e| String::from_utf8(fs::read(maildir.join(&e.file)).unwrap()).unwrap())
        .collect();
    assert!(all.contains("Content-Transfer-Encoding: base64"), "{all}");
    assert!(
        all.contains("Content-Transfer-Encoding: quoted-printable"),
        "{all}"
    );

    assert_eq!(
        read_eml(&maildir, &entries[1].file).as_ref(),
        Some(&entries[1])
    );
    assert_eq!(read_mailbox(&maildir, 1), entries[..1]);
    assert!(read_mailbox(&maildir, 0).is_empty());
}

#[tokio::test]
async fn mailbox_is_tolerant() {
    let dir = tempfile::tempdir().unwrap();
    assert!(read_mailbox(&dir.path().join("missing"), 10).is_empty());

    let mailer = Mailer::files(dir.path());
    mailer.send(FROM, &email("Hello", "en")).await.unwrap();
    fs::create_dir(dir.path().join("folder.eml")).unwrap();
    fs::write(dir.path().join("notes.txt"), "not mail").unwrap();
    fs::write(dir.path().join(".hidden.eml"), "Subject: hidden\r\n\r\nx").unwrap();

    let entries = read_mailbox(dir.path(), 10);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].subject, "Hello");
    assert!(read_eml(dir.path(), "folder.eml").is_none());
    assert!(read_eml(dir.path(), "missing.eml").is_none());
}

#[tokio::test]
async fn read_eml_refuses_paths() {
    let dir = tempfile::tempdir().unwrap();
    let inner = dir.path().join("inner");
    fs::create_dir(&inner).unwrap();
    fs::write(dir.path().join("x.eml"), "Subject: outside\r\n\r\nx").unwrap();
    fs::write(inner.join("y.eml"), "Subject: inside\r\n\r\ny").unwrap();

    assert!(read_eml(&inner, "../x.eml").is_none());
    assert!(read_eml(&inner, "..").is_none());
    assert!(read_eml(dir.path(), "inner/y.eml").is_none());
    assert!(read_eml(dir.path(), "inner\\y.eml").is_none());
    assert!(read_eml(&inner, "y.txt").is_none());
    assert!(read_eml(&inner, ".eml").is_none());
    assert!(read_eml(&inner, "").is_none());
    assert_eq!(read_eml(&inner, "y.eml").unwrap().subject, "inside");
}

#[tokio::test]
async fn header_injection_is_impossible() {
    let mailer = Mailer::memory();
    let mut attack = email("Hi\r\nBcc: evil@example.org", "en");
    attack.to_name = Some("Eve\r\nBcc: evil@example.org\nX-Evil: 1".into());
    mailer.send(FROM, &attack).await.unwrap();

    let raw = &mailer.sent()[0].raw;
    let headers = header_lines(raw);
    for header in &headers {
        let lower = header.to_ascii_lowercase();
        assert!(
            !lower.starts_with("bcc:") && !lower.starts_with("x-evil:"),
            "{headers:?}"
        );
    }
    let parsed = MessageParser::default().parse(raw).unwrap();
    assert_eq!(parsed.subject(), Some("Hi  Bcc: evil@example.org"));
    assert_eq!(
        parsed.to().unwrap().first().unwrap().address(),
        Some("amina@example.org")
    );
    assert!(parsed.bcc().is_none());

    let mut bad_language = email("Hi", "en\r\nBcc: evil@example.org");
    bad_language.to_name = None;
    let err = mailer.send(FROM, &bad_language).await.unwrap_err();
    assert!(matches!(err, MailError::Build(_)), "{err:?}");
    assert_eq!(mailer.sent().len(), 1);
}

#[tokio::test]
async fn invalid_addresses_are_refused() {
    let mailer = Mailer::memory();
    for to in [
        "",
        "not an address",
        "amina@",
        "amina@example.org\r\nBcc: evil@example.org",
        "Amina <amina@example.org>",
    ] {
        let mut message = email("Hi", "en");
        message.to = to.into();
        let err = mailer.send(FROM, &message).await.unwrap_err();
        assert!(matches!(err, MailError::Address(_)), "{to:?}: {err:?}");
    }
    for from in ["", "no-reply", "Open Government <no-reply@>"] {
        let err = mailer.send(from, &email("Hi", "en")).await.unwrap_err();
        assert!(matches!(err, MailError::Address(_)), "{from:?}: {err:?}");
    }
    assert!(mailer.sent().is_empty());
    mailer
        .send("no-reply@example.org", &email("Hi", "en"))
        .await
        .unwrap();
}

fn smtp_config(host: &str, port: u16, tls: TlsMode) -> SmtpConfig {
    SmtpConfig {
        host: host.into(),
        port,
        tls,
        username: Some("portal".into()),
        password: Some("secret".into()),
        timeout_secs: 5,
    }
}

#[tokio::test]
async fn smtp_connection_refused_is_a_transport_error() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mailer = Mailer::smtp(&smtp_config("127.0.0.1", port, TlsMode::None)).unwrap();
    let err = mailer.send(FROM, &email("Hi", "en")).await.unwrap_err();
    assert!(matches!(err, MailError::Transport(_)), "{err:?}");
    assert!(mailer.sent().is_empty());
}

#[test]
fn smtp_configuration() {
    // Building needs no network and no runtime.
    for tls in [TlsMode::None, TlsMode::StartTls, TlsMode::Tls] {
        let mailer = Mailer::smtp(&smtp_config("smtp.example.org", 587, tls)).unwrap();
        assert!(format!("{mailer:?}").contains("smtp.example.org:587"));
    }
    let err = Mailer::smtp(&smtp_config(" ", 25, TlsMode::None)).unwrap_err();
    assert!(matches!(err, MailError::Transport(_)));
    let mut cfg = smtp_config("smtp.example.org", 587, TlsMode::StartTls);
    cfg.username = None;
    assert!(matches!(Mailer::smtp(&cfg), Err(MailError::Transport(_))));
    cfg.password = None;
    assert!(Mailer::smtp(&cfg).is_ok());
    assert!(!format!("{cfg:?}").contains("secret"));
    let shown = format!("{:?}", smtp_config("h", 1, TlsMode::Tls));
    assert!(!shown.contains("secret") && shown.contains("<redacted>"));
}
