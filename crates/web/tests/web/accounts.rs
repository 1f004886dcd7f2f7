//! Accounts as a visitor uses them, and the security regressions of ASVS level 2 (named after
//! the advisories Decidim and CONSUL have had).

use crate::common;

use common::client::link_in;
use common::*;
use opengov_core::kinds::{SessionStage, TokenPurpose};
use opengov_db::now_micros;

const PW2: &str = "harbour tulip granite whistle";

async fn register_confirm_sign_out_reset_and_sign_in_again(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = app.client();
    let r = c
        .submit(
            "/fr/account/register",
            &[
                ("display_name", "Amina"),
                ("email", "Amina@Example.ma"),
                ("password", PASSWORD),
                ("language", "fr"),
                ("terms", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", strip_tags(&r.body));
    assert_eq!(r.headers["location"], "/fr/account/check-email");
    app.deliver_mail().await;
    let m = app.mail_to("amina@example.ma");
    assert!(
        m.subject.contains("Confirmez"),
        "French subject: {}",
        m.subject
    );
    assert!(!m.html.is_empty() && !m.text.is_empty());
    // The link opens a page; only the button changes anything.
    let link = link_in(&m.text, "/fr/account/verify?token=");
    let page = c.get(&link).await;
    assert_eq!(page.status, 200);
    let token = link.split("token=").nth(1).unwrap();
    let r = c.post("/fr/account/verify", &[("token", token)]).await;
    assert_eq!(r.status, 200, "{}", strip_tags(&r.body));
    // Sign in, see the account, sign out.
    let r = c
        .submit(
            "/fr/account/sign-in",
            &[("email", "amina@example.ma"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 303);
    let account = c.get("/fr/account").await;
    assert_eq!(account.status, 200);
    assert!(strip_tags(&account.body).contains("amina@example.ma"));
    let r = c.post("/fr/account/sign-out", &[]).await;
    assert_eq!(r.status, 303);
    assert_eq!(c.get("/fr/account").await.status, 303, "signed out");
    // Forgotten password.
    let r = c
        .submit("/fr/account/reset", &[("email", "amina@example.ma")])
        .await;
    assert_eq!(r.status, 303);
    app.deliver_mail().await;
    let link = link_in(
        &app.mail_to("amina@example.ma").text,
        "/fr/account/reset/confirm?token=",
    );
    assert_eq!(c.get(&link).await.status, 200);
    let token = link.split("token=").nth(1).unwrap();
    let r = c
        .post(
            "/fr/account/reset/confirm",
            &[("token", token), ("password", PW2)],
        )
        .await;
    assert_eq!(r.status, 303, "{}", strip_tags(&r.body));
    let old = c
        .submit(
            "/fr/account/sign-in",
            &[("email", "amina@example.ma"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(old.status, 400, "the old password no longer works");
    let new = c
        .post(
            "/fr/account/sign-in",
            &[("email", "amina@example.ma"), ("password", PW2)],
        )
        .await;
    assert_eq!(new.status, 303);
    app.cleanup().await;
}
both_engines!(register_confirm_sign_out_reset_and_sign_in_again);

async fn session_fixation(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let account = app.user("a@example.ma").verified().create().await;
    let mut c = app.signed_in(&account).await;
    let first = c.cookies.get("og_session").cloned().unwrap();
    // Signing in again (even with a session) gives a new id and ends the old one.
    let r = c.submit("/fr/account/sign-in", &[]).await;
    let _ = r;
    c.post(
        "/fr/account/sign-in",
        &[("email", "a@example.ma"), ("password", PASSWORD)],
    )
    .await;
    let second = c.cookies.get("og_session").cloned().unwrap();
    assert_ne!(first, second);
    let mut replay = app.client();
    replay.cookies.insert("og_session".into(), first);
    assert_eq!(
        replay.get("/fr/account").await.status,
        303,
        "the old session id is dead"
    );
    // A session id planted before sign-in is never adopted.
    let mut planted = app.client();
    planted
        .cookies
        .insert("og_session".into(), "attacker-chosen-value".into());
    planted
        .submit(
            "/fr/account/sign-in",
            &[("email", "a@example.ma"), ("password", PASSWORD)],
        )
        .await;
    assert_ne!(
        planted.cookies.get("og_session").map(String::as_str),
        Some("attacker-chosen-value")
    );
    app.cleanup().await;
}
both_engines!(session_fixation);

async fn csrf_with_a_missing_or_foreign_origin_is_refused(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let account = app.user("b@example.ma").verified().create().await;
    let mut c = app.signed_in(&account).await;
    let token = c.cookies.get("og_csrf").cloned().unwrap();
    for origin in [Some("https://evil.example"), None, Some("null")] {
        c.origin = origin.map(str::to_string);
        let r = c
            .post_raw(
                "/fr/account/profile",
                &[
                    ("csrf".into(), token.clone()),
                    ("display_name".into(), "Hacked".into()),
                    ("language".into(), "fr".into()),
                ],
            )
            .await;
        assert_eq!(r.status, 403, "origin {origin:?}");
    }
    // Same origin but no token, or a wrong one.
    c.origin = Some("http://localhost".into());
    let r = c
        .post_raw(
            "/fr/account/profile",
            &[
                ("display_name".into(), "Hacked".into()),
                ("language".into(), "fr".into()),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    let r = c
        .post_raw(
            "/fr/account/profile",
            &[
                ("csrf".into(), "x".repeat(43)),
                ("display_name".into(), "Hacked".into()),
                ("language".into(), "fr".into()),
            ],
        )
        .await;
    assert_eq!(r.status, 403);
    let u = app
        .state
        .db
        .user_by_email("b@example.ma")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(u.display_name, "Test user", "nothing changed");
    app.cleanup().await;
}
both_engines!(csrf_with_a_missing_or_foreign_origin_is_refused);

async fn login_brute_force_gets_429(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    app.user("c@example.ma").verified().create().await;
    let mut attacker = app.client();
    attacker.get("/ar/account/sign-in").await;
    let mut statuses = vec![];
    for i in 0..12 {
        let r = attacker
            .post(
                "/ar/account/sign-in",
                &[
                    ("email", "c@example.ma"),
                    ("password", &format!("wrong guess {i}")),
                ],
            )
            .await;
        statuses.push(r.status.as_u16());
        if r.status == 429 {
            assert_eq!(html_attr(&r.body, "lang").as_deref(), Some("ar"));
            assert!(h1(&r.body).contains("محاولات كثيرة"), "{}", h1(&r.body));
        }
    }
    assert!(statuses.contains(&429), "{statuses:?}");
    // Even the right password is refused while the limit holds.
    let r = attacker
        .post(
            "/ar/account/sign-in",
            &[("email", "c@example.ma"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 429);
    app.cleanup().await;
}
both_engines!(login_brute_force_gets_429);

async fn reset_token_reused_or_expired_is_refused(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    app.user("d@example.ma").verified().create().await;
    let mut c = app.client();
    c.submit("/en/account/reset", &[("email", "d@example.ma")])
        .await;
    app.deliver_mail().await;
    let link = link_in(&app.mail_to("d@example.ma").text, "/reset/confirm?token=");
    let token = link.split("token=").nth(1).unwrap().to_string();
    c.get(&link).await;
    assert_eq!(
        c.post(
            "/fr/account/reset/confirm",
            &[("token", &token), ("password", PW2)]
        )
        .await
        .status,
        303
    );
    let again = c
        .post(
            "/fr/account/reset/confirm",
            &[
                ("token", &token),
                ("password", "another long passphrase here"),
            ],
        )
        .await;
    assert_eq!(again.status, 400, "reused");
    assert!(
        strip_tags(&again.body).contains("lien"),
        "{}",
        strip_tags(&again.body)
    );
    // An expired token.
    let u = app
        .state
        .db
        .user_by_email("d@example.ma")
        .await
        .unwrap()
        .unwrap();
    let t = opengov_web::auth::crypto::token();
    let past = now_micros() - 10;
    app.state
        .db
        .create_token(
            &opengov_web::auth::crypto::token_hash(&t),
            u.id,
            TokenPurpose::Reset,
            "",
            past - 1000,
            past,
        )
        .await
        .unwrap();
    assert_eq!(
        c.post(
            "/fr/account/reset/confirm",
            &[("token", &t), ("password", PASSWORD)]
        )
        .await
        .status,
        400,
        "expired"
    );
    app.cleanup().await;
}
both_engines!(reset_token_reused_or_expired_is_refused);

/// The same status and the same page (but for the CSRF token) for an unknown and a known account.
fn shape(p: &Page) -> (u16, Option<String>, String) {
    let body = p
        .body
        .split("name=\"csrf\" value=\"")
        .map(|x| x.split_once('"').map(|(_, r)| r).unwrap_or(x))
        .collect::<Vec<_>>()
        .join("");
    (
        p.status.as_u16(),
        p.headers
            .get("location")
            .map(|l| l.to_str().unwrap().to_string()),
        body,
    )
}

async fn account_enumeration_through_login_registration_and_reset(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    app.user("known@example.ma").verified().create().await;
    let mut c = app.client();
    c.get("/fr/account/sign-in").await;
    let known = c
        .post(
            "/fr/account/sign-in",
            &[
                ("email", "known@example.ma"),
                ("password", "wrong password guess"),
            ],
        )
        .await;
    let unknown = c
        .post(
            "/fr/account/sign-in",
            &[
                ("email", "nobody@example.ma"),
                ("password", "wrong password guess"),
            ],
        )
        .await;
    let (a, b) = (shape(&known), shape(&unknown));
    assert_eq!(a.0, b.0);
    assert_eq!(
        a.2.replace("known@example.ma", "X"),
        b.2.replace("nobody@example.ma", "X")
    );
    let fields = |e: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![
            ("display_name", "Someone"),
            ("email", e),
            ("password", PASSWORD),
            ("language", "fr"),
            ("terms", "yes"),
        ]
    };
    let r1 = c
        .submit("/fr/account/register", &fields("known@example.ma"))
        .await;
    let r2 = c
        .submit("/fr/account/register", &fields("fresh@example.ma"))
        .await;
    assert_eq!(shape(&r1), shape(&r2));
    let r1 = c
        .submit("/fr/account/reset", &[("email", "known@example.ma")])
        .await;
    let r2 = c
        .submit("/fr/account/reset", &[("email", "nobody@example.ma")])
        .await;
    assert_eq!(shape(&r1), shape(&r2));
    // The owner of the known address is told of the attempt instead.
    app.deliver_mail().await;
    assert!(
        app.state
            .mailer
            .sent()
            .iter()
            .any(|m| m.to == "known@example.ma" && m.text.contains("/account/reset"))
    );
    app.cleanup().await;
}
both_engines!(account_enumeration_through_login_registration_and_reset);

async fn open_redirect_through_next_is_refused(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    app.user("e@example.ma").verified().create().await;
    for (next, expected) in [
        ("https://evil.example/", "/fr/account"),
        ("//evil.example/x", "/fr/account"),
        ("/\\evil.example", "/fr/account"),
        ("/fr/plans/2", "/fr/plans/2"),
    ] {
        let mut c = app.client();
        c.get(&format!(
            "/fr/account/sign-in?next={}",
            common::client::enc(next)
        ))
        .await;
        let r = c
            .post(
                "/fr/account/sign-in",
                &[
                    ("email", "e@example.ma"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(r.status, 303);
        assert_eq!(r.headers["location"], expected, "next={next}");
    }
    app.cleanup().await;
}
both_engines!(open_redirect_through_next_is_refused);

async fn xss_in_display_name_is_escaped_in_pages_mails_and_admin(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let mut c = app.client();
    let r = c
        .submit(
            "/en/account/register",
            &[
                ("display_name", evil),
                ("email", "x@example.ma"),
                ("password", PASSWORD),
                ("language", "en"),
                ("terms", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    app.deliver_mail().await;
    let m = app.mail_to("x@example.ma");
    assert!(
        !m.html.contains("<script>") && !m.html.contains("<img"),
        "{}",
        m.html
    );
    let admin = app
        .user("admin@example.ma")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let mut admin = app.signed_in(&admin).await;
    let list = admin.get("/en/admin/users?q=x%40example").await;
    assert_eq!(list.status, 200);
    assert!(!list.body.contains("<script>alert") && !list.body.contains("<img src=x"));
    assert!(list.body.contains("&#60;script&#62;") || list.body.contains("&lt;script&gt;"));
    let u = app
        .state
        .db
        .user_by_email("x@example.ma")
        .await
        .unwrap()
        .unwrap();
    let page = admin.get(&format!("/en/admin/users/{}", u.id)).await;
    assert!(!page.body.contains("<script>alert"));
    // In a form error page, the kept value is escaped too.
    let mut c = app.client();
    let r = c
        .submit(
            "/en/account/register",
            &[
                ("display_name", evil),
                ("email", "not-an-address"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(!r.body.contains("<script>alert") && !r.body.contains("onerror=alert(2)>"));
    app.cleanup().await;
}
both_engines!(xss_in_display_name_is_escaped_in_pages_mails_and_admin);

async fn mass_assignment_cannot_set_a_role(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut c = app.client();
    c.get("/fr/account/register").await;
    let token = c.cookies.get("og_csrf").cloned().unwrap();
    let fields: Vec<(String, String)> = [
        ("csrf", token.as_str()),
        ("display_name", "Mallory"),
        ("email", "m@example.ma"),
        ("password", PASSWORD),
        ("language", "fr"),
        ("terms", "yes"),
        ("role", "administrator"),
        ("roles", "administrator"),
        ("email_verified_at", "1"),
        ("banned_at", ""),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(
        c.post_raw("/fr/account/register", &fields).await.status,
        303
    );
    let u = app
        .state
        .db
        .user_by_email("m@example.ma")
        .await
        .unwrap()
        .unwrap();
    assert!(app.state.db.roles_of(u.id).await.unwrap().is_empty());
    assert!(u.email_verified_at.is_none());
    app.cleanup().await;
}
both_engines!(mass_assignment_cannot_set_a_role);

async fn a_banned_users_session_stops_at_once(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let u = app.user("f@example.ma").verified().create().await;
    let mut user = app.signed_in(&u).await;
    assert_eq!(user.get("/fr/account").await.status, 200);
    let admin = app
        .user("admin2@example.ma")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let mut admin = app.signed_in(&admin).await;
    let r = admin
        .submit(&format!("/fr/admin/users/{}", u.id), &[])
        .await;
    let _ = r;
    let r = admin
        .post(
            &format!("/fr/admin/users/{}/ban", u.id),
            &[("reason", "spam")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        user.get("/fr/account").await.status,
        303,
        "the banned user is signed out"
    );
    let again = user
        .submit(
            "/fr/account/sign-in",
            &[("email", "f@example.ma"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(again.status, 400, "and cannot sign in");
    let (log, _) = app.state.db.audit_page(Some(u.id), 0, 50).await.unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "admin.banned" && e.detail == "spam")
    );
    app.cleanup().await;
}
both_engines!(a_banned_users_session_stops_at_once);

async fn logout_invalidates_the_session_server_side(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let account = app.user("g@example.ma").verified().create().await;
    let mut c = app.signed_in(&account).await;
    let cookie = c.cookies.get("og_session").cloned().unwrap();
    assert_eq!(c.post("/fr/account/sign-out", &[]).await.status, 303);
    let mut replay = app.client();
    replay.cookies.insert("og_session".into(), cookie);
    assert_eq!(replay.get("/fr/account").await.status, 303);
    app.cleanup().await;
}
both_engines!(logout_invalidates_the_session_server_side);

async fn forms_refuse_wrong_missing_oversized_and_hostile_values_with_translated_errors(
    engine: Engine,
) {
    let app = TestApp::new(engine).build().await;
    let mut c = app.client();
    let long = "x".repeat(5000);
    let cases: Vec<Vec<(&str, &str)>> = vec![
        vec![],
        vec![("display_name", ""), ("email", ""), ("password", "")],
        vec![
            ("display_name", &long),
            ("email", &long),
            ("password", &long),
            ("language", "xx"),
            ("terms", "maybe"),
        ],
        vec![
            ("display_name", "' OR 1=1 --"),
            ("email", "a@b"),
            ("password", "password1234"),
            ("language", "ar"),
        ],
        vec![
            ("display_name", "A\u{0}B"),
            ("email", "x@example.ma\r\nBcc: y@example.ma"),
            ("password", "qwertyuiopasdfgh"),
        ],
    ];
    for fields in cases {
        let r = c.submit("/ar/account/register", &fields).await;
        assert_eq!(r.status, 400, "{fields:?}");
        assert_eq!(html_attr(&r.body, "lang").as_deref(), Some("ar"));
        assert!(r.body.contains("error-summary"), "an error summary");
        assert!(
            r.body.contains("aria-invalid=\"true\""),
            "the field's own error"
        );
    }
    // The other values are kept (not the password).
    let r = c
        .submit(
            "/fr/account/register",
            &[
                ("display_name", "Karim"),
                ("email", "bad"),
                ("password", "lantern orchard velvet compass"),
            ],
        )
        .await;
    assert!(r.body.contains("value=\"Karim\""));
    assert!(!r.body.contains("lantern orchard"));
    assert_eq!(
        app.state
            .db
            .list_users(&Default::default(), 0, 10)
            .await
            .unwrap()
            .1,
        0,
        "nothing stored"
    );
    app.cleanup().await;
}
both_engines!(forms_refuse_wrong_missing_oversized_and_hostile_values_with_translated_errors);

async fn download_my_data_and_delete_the_account(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let account = app.user("h@example.ma").verified().create().await;
    let mut c = app.signed_in(&account).await;
    let data = c.get("/fr/account/data").await;
    assert_eq!(data.status, 200);
    assert!(
        data.headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let v: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    assert_eq!(v["account"]["email"], "h@example.ma");
    assert!(
        v["account"].get("password_hash").is_none(),
        "no secret in the export"
    );
    let page = c.get("/fr/account/delete").await;
    assert!(strip_tags(&page.body).contains("compte supprimé") || page.status == 200);
    let r = c
        .post("/fr/account/delete", &[("current_password", PASSWORD)])
        .await;
    assert_eq!(r.status, 400, "the box must be ticked");
    let r = c
        .post(
            "/fr/account/delete",
            &[("current_password", PASSWORD), ("confirm", "yes")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(
        app.state
            .db
            .user_by_email("h@example.ma")
            .await
            .unwrap()
            .is_none(),
        "personal data removed"
    );
    assert_eq!(c.get("/fr/account").await.status, 303);
    app.cleanup().await;
}
both_engines!(download_my_data_and_delete_the_account);

async fn the_development_mailbox_lists_the_messages_written_to_files(engine: Engine) {
    let dir = tempfile::tempdir().unwrap();
    let app = TestApp::new(engine)
        .config(|c| {
            c.dev_mode = true;
            c.mail_dir = dir.path().to_path_buf();
        })
        .mailer(opengov_mail::Mailer::files(dir.path()))
        .demo(false)
        .build()
        .await;
    let mut c = app.client();
    let r = c
        .submit(
            "/zgh/account/register",
            &[
                ("display_name", "Idir"),
                ("email", "idir@example.ma"),
                ("password", PASSWORD),
                ("language", "zgh"),
                ("terms", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    app.deliver_mail().await;
    let list = c.get("/dev/mailbox").await;
    assert_eq!(list.status, 200);
    let v: serde_json::Value = serde_json::from_str(&list.body).unwrap();
    let first = &v["messages"][0];
    assert!(first["to"].as_str().unwrap().contains("idir@example.ma"));
    let m = c.get(first["href"].as_str().unwrap()).await;
    assert!(m.body.contains("/zgh/account/verify?token="), "{}", m.body);
    assert_eq!(
        c.get("/dev/mailbox/..%2F..%2Fetc%2Fpasswd").await.status,
        404
    );
    app.cleanup().await;
}
both_engines!(the_development_mailbox_lists_the_messages_written_to_files);

async fn two_step_verification_enrolment_sign_in_and_recovery_codes(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let account = app.user("t@example.ma").verified().create().await;
    let mut c = app.signed_in(&account).await;
    c.get("/fr/account/two-step").await;
    assert_eq!(c.post("/fr/account/two-step/start", &[]).await.status, 303);
    let page = c.get("/fr/account/two-step").await;
    let u = app
        .state
        .db
        .user_by_email("t@example.ma")
        .await
        .unwrap()
        .unwrap();
    let secret = u.totp_secret.clone().expect("a pending secret");
    assert!(
        page.body.contains(&secret),
        "the key is shown for enrolment"
    );
    let now = (now_micros() / 1_000_000) as u64;
    assert_eq!(
        c.post("/fr/account/two-step/enable", &[("code", "000000")])
            .await
            .status,
        400,
        "a wrong code does not enable"
    );
    let r = c
        .post(
            "/fr/account/two-step/enable",
            &[("code", &opengov_web::auth::totp::code_at(&secret, now))],
        )
        .await;
    assert_eq!(r.status, 200);
    let codes: Vec<String> = r
        .body
        .split("<td>")
        .filter_map(|x| x.split("</td>").next())
        .filter(|w| w.len() == 9 && w.as_bytes()[4] == b'-')
        .map(str::to_string)
        .collect();
    assert_eq!(codes.len(), 10, "ten recovery codes shown once");
    // Signing in now needs the second step.
    c.post("/fr/account/sign-out", &[]).await;
    let r = c
        .submit(
            "/fr/account/sign-in",
            &[("email", "t@example.ma"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(r.status, 303);
    let loc = r.headers["location"].to_str().unwrap().to_string();
    assert!(loc.starts_with("/fr/account/two-step/verify"), "{loc}");
    assert_eq!(
        c.get("/fr/account").await.status,
        303,
        "not signed in before the second step"
    );
    assert_eq!(c.get("/fr/account/two-step/verify").await.status, 200);
    assert_eq!(
        c.post("/fr/account/two-step/verify", &[("code", "123456")])
            .await
            .status,
        400
    );
    // The code used to enable is spent: the next step's code signs in.
    let spent = c
        .post(
            "/fr/account/two-step/verify",
            &[("code", &opengov_web::auth::totp::code_at(&secret, now))],
        )
        .await;
    assert_eq!(spent.status, 400, "a code is accepted once");
    let next = opengov_web::auth::totp::code_at(&secret, now + 30);
    let r = c
        .post("/fr/account/two-step/verify", &[("code", &next)])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(c.get("/fr/account").await.status, 200);
    // Replaying that code in another sign-in is refused.
    let mut replay = app.client();
    replay
        .submit(
            "/fr/account/sign-in",
            &[("email", "t@example.ma"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(
        replay
            .submit("/fr/account/two-step/verify", &[("code", &next)])
            .await
            .status,
        400
    );
    // A recovery code works once.
    for (attempt, expected) in [(1, 303), (2, 400)] {
        let mut d = app.client();
        d.submit(
            "/fr/account/sign-in",
            &[("email", "t@example.ma"), ("password", PASSWORD)],
        )
        .await;
        let r = d
            .submit(
                "/fr/account/two-step/verify",
                &[("code", &codes[0].to_uppercase())],
            )
            .await;
        assert_eq!(r.status, expected, "recovery code use {attempt}");
    }
    app.cleanup().await;
}
both_engines!(two_step_verification_enrolment_sign_in_and_recovery_codes);

async fn administrators_must_enrol_a_second_factor_when_required(engine: Engine) {
    let app = TestApp::new(engine)
        .config(|c| c.require_second_factor = true)
        .build()
        .await;
    let boss = app
        .user("boss@example.ma")
        .name("Boss")
        .language("ar")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let mut c = app.signed_in(&boss).await;
    let r = c.get("/ar/admin/users").await;
    assert_eq!(r.status, 303);
    assert_eq!(r.headers["location"], "/ar/account/two-step?required=1");
    let page = c.get("/ar/account/two-step?required=1").await;
    assert!(strip_tags(&page.body).contains("يتطلب دوركم التحقق بخطوتين"));
    // An administrator who has enrolled passes the second step and reaches the admin area,
    // on a laptop and then on a phone (each one-time code is accepted once).
    let enrolled = app
        .user("enrolled@example.ma")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .totp()
        .create()
        .await;
    for device in ["laptop", "phone"] {
        let mut c = app.signed_in(&enrolled).await;
        let r = c.get("/fr/admin/users").await;
        assert_eq!(r.status, 200, "{device}");
        assert!(
            strip_tags(&r.body).contains("enrolled@example.ma"),
            "{device}"
        );
    }
    app.cleanup().await;
}
both_engines!(administrators_must_enrol_a_second_factor_when_required);

async fn idle_and_absolute_session_timeouts(engine: Engine) {
    let app = TestApp::new(engine)
        .config(|c| {
            c.session_idle_secs = 60;
            c.session_absolute_secs = 3600;
        })
        .build()
        .await;
    let state = &app.state;
    let u = app.user("idle@example.ma").verified().create().await;
    let mut c = app.signed_in(&u).await;
    assert_eq!(c.get("/fr/account").await.status, 200);
    let id = opengov_web::auth::crypto::token_hash(c.cookies.get("og_session").unwrap());
    // Idle for longer than allowed: the session is ended server-side.
    state
        .db
        .touch_session(&id, now_micros() - 61_000_000)
        .await
        .unwrap();
    assert_eq!(c.get("/fr/account").await.status, 303);
    assert!(state.db.session(&id).await.unwrap().is_none());
    // Active, but older than the absolute limit.
    c.sign_in(&u).await;
    let id = opengov_web::auth::crypto::token_hash(c.cookies.get("og_session").unwrap());
    state.db.delete_session(&id).await.unwrap();
    state
        .db
        .create_session(
            &id,
            u.id,
            SessionStage::Full,
            now_micros() - 3_601_000_000,
            "ip",
            "ua",
        )
        .await
        .unwrap();
    state.db.touch_session(&id, now_micros()).await.unwrap();
    assert_eq!(c.get("/fr/account").await.status, 303);
    app.cleanup().await;
}
both_engines!(idle_and_absolute_session_timeouts);

async fn cookies_are_http_only_lax_and_secure_under_https(engine: Engine) {
    let app = TestApp::new(engine).demo(false).build().await;
    app.user("cookie@example.ma").verified().create().await;
    for https in [false, true] {
        let config = opengov_web::WebConfig {
            https,
            ..Default::default()
        };
        let (_, router) = app.instance(config, opengov_mail::Mailer::memory());
        let mut c = Client::on(router);
        if https {
            c.origin = Some("https://localhost".into());
        }
        c.get("/fr/account/sign-in").await;
        let token = c.cookies.get("og_csrf").cloned().unwrap();
        let body = format!(
            "csrf={token}&email=cookie%40example.ma&password={}",
            common::client::enc(PASSWORD)
        );
        let mut req = axum::http::Request::builder()
            .method("POST")
            .uri("/fr/account/sign-in")
            .header("host", "localhost")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", format!("og_csrf={token}"));
        req = req.header(
            "origin",
            if https {
                "https://localhost"
            } else {
                "http://localhost"
            },
        );
        use tower::ServiceExt;
        let res = c
            .router
            .clone()
            .oneshot(req.body(axum::body::Body::from(body)).unwrap())
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let set = res
            .headers()
            .get("set-cookie")
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        assert!(
            set.contains("HttpOnly") && set.contains("SameSite=Lax"),
            "{set}"
        );
        assert_eq!(set.contains("Secure"), https, "{set}");
        assert_eq!(set.starts_with("__Host-og_session="), https, "{set}");
    }
    app.cleanup().await;
}
both_engines!(cookies_are_http_only_lax_and_secure_under_https);

async fn changing_the_password_ends_the_other_sessions_and_the_email_change_is_confirmed(
    engine: Engine,
) {
    let app = TestApp::new(engine).build().await;
    let account = app.user("p@example.ma").verified().create().await;
    let mut laptop = app.signed_in(&account).await;
    let mut phone = app.signed_in(&account).await;
    assert_eq!(phone.get("/fr/account").await.status, 200);
    let r = laptop
        .post(
            "/fr/account/password",
            &[
                ("current_password", "wrong one here"),
                ("new_password", PW2),
            ],
        )
        .await;
    assert_eq!(r.status, 400, "re-authentication is required");
    let r = laptop
        .post(
            "/fr/account/password",
            &[("current_password", PASSWORD), ("new_password", PW2)],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        laptop.get("/fr/account").await.status,
        200,
        "this session goes on"
    );
    assert_eq!(
        phone.get("/fr/account").await.status,
        303,
        "the other one ended"
    );
    // E-mail change: re-authentication, a link to the new address, a notice to the old one.
    let r = laptop
        .post(
            "/fr/account/email",
            &[("current_password", PW2), ("new_email", "p.new@example.ma")],
        )
        .await;
    assert_eq!(r.status, 303);
    app.deliver_mail().await;
    let notice = app.mail_to("p@example.ma");
    assert!(notice.subject.contains("adresse") || !notice.subject.is_empty());
    let link = link_in(
        &app.mail_to("p.new@example.ma").text,
        "/account/email/confirm?token=",
    );
    assert_eq!(
        app.state
            .db
            .user_by_email("p@example.ma")
            .await
            .unwrap()
            .unwrap()
            .pending_email
            .as_deref(),
        Some("p.new@example.ma")
    );
    laptop.get(&link).await;
    let token = link.split("token=").nth(1).unwrap();
    assert_eq!(
        laptop
            .post("/fr/account/email/confirm", &[("token", token)])
            .await
            .status,
        303
    );
    assert!(
        app.state
            .db
            .user_by_email("p@example.ma")
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        app.state
            .db
            .user_by_email("p.new@example.ma")
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(
        laptop
            .post("/fr/account/email/confirm", &[("token", token)])
            .await
            .status,
        400,
        "single use"
    );
    app.cleanup().await;
}
both_engines!(changing_the_password_ends_the_other_sessions_and_the_email_change_is_confirmed);
