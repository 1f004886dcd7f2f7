//! Regression tests of the penetration test's findings on accounts (issue 7), on both engines:
//! each replays the attack as a browser would and checks that it no longer works. The server
//! bounds (findings 1, 2, 5, 7, 10) are in `security_limits.rs` and `connections.rs`.

use crate::common;

use common::client::link_in;
use common::*;

/// An administrator's browser, from an address of its own.
async fn admin(app: &TestApp, email: &str, ip: &str) -> (TestUser, common::Client) {
    let u = app
        .user(email)
        .name("Admin Person")
        .roles(&[(Role::Administrator, ScopeKind::Global, 0)])
        .verified()
        .create()
        .await;
    let mut c = app.client().seen_from(ip);
    c.sign_in(&u).await;
    (u, c)
}

/// Finding 3: someone registers an official's address, never confirms it and signs in; the
/// administrator who finds it cannot grant it a role, and a role it holds gives it nothing.
async fn finding_03_an_unconfirmed_account_gets_no_role_and_no_rights(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let impostor = app.user("official@ministry.gov.ma").create().await;
    let mut impostor_browser = app.signed_in(&impostor).await;
    let (_, mut boss) = admin(&app, "admin@example.ma", "198.51.100.77").await;
    let list = boss.get("/fr/admin/users?q=official%40ministry").await;
    assert!(strip_tags(&list.body).contains("Adresse non confirmée"));
    let page = format!("/fr/admin/users/{}", impostor.id);
    boss.get(&page).await;
    let r = boss
        .post(
            &format!("{page}/roles"),
            &[("role", "project_leader"), ("scope", "MO0054")],
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(
        strip_tags(&r.body).contains("pas confirmé son adresse électronique : aucun rôle"),
        "{}",
        strip_tags(&r.body)
    );
    assert!(app.db.roles_of(impostor.id).await.unwrap().is_empty());
    let p = boss.get(&page).await;
    assert!(strip_tags(&p.body).contains("aucun rôle ne peut lui être confié"));
    // A role stored before (or granted from the command line) gives no right either.
    let c = app
        .db
        .commitment_by_ogp_id("MO0054")
        .await
        .unwrap()
        .unwrap();
    for (role, scope, id) in [
        (Role::ProjectLeader, ScopeKind::Commitment, c.id),
        (Role::Administrator, ScopeKind::Global, 0),
    ] {
        app.db
            .grant_role(impostor.id, role, scope, id, None, 0)
            .await
            .unwrap();
    }
    let mut impostor_browser2 = app.signed_in(&impostor).await;
    app.add_activity("MO0054", "sec-a1", 0).await;
    for b in [&mut impostor_browser, &mut impostor_browser2] {
        assert_eq!(
            b.get("/fr/office/activities/sec-a1/reports/new")
                .await
                .status,
            403
        );
        assert_eq!(b.get("/fr/admin/users").await.status, 403);
        assert_eq!(b.get("/fr/account").await.status, 200, "the account works");
    }
    // Once the address is confirmed, the administrator can grant the role.
    let confirmed = app
        .user("real.official@ministry.gov.ma")
        .verified()
        .create()
        .await;
    let r = boss
        .post(
            &format!("/fr/admin/users/{}/roles", confirmed.id),
            &[("role", "project_leader"), ("scope", "MO0054")],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(app.db.roles_of(confirmed.id).await.unwrap().len(), 1);
    app.cleanup().await;
}
both_engines!(finding_03_an_unconfirmed_account_gets_no_role_and_no_rights);

/// Finding 4: 25 address-change requests to a victim's address, from an account whose display
/// name is an advertisement: the victim gets a few messages, none with the attacker's text.
async fn finding_04_address_changes_cannot_flood_a_mailbox_with_the_requesters_text(
    engine: Engine,
) {
    let app = TestApp::new(engine).build().await;
    let attacker = app
        .user("spammer@example.ma")
        .name("WIN A PRIZE at evil.example")
        .verified()
        .create()
        .await;
    let mut c = app.signed_in(&attacker).await;
    let mut statuses = Vec::new();
    for _ in 0..25 {
        let r = c
            .post(
                "/fr/account/email",
                &[
                    ("current_password", PASSWORD),
                    ("new_email", "victim@example.ma"),
                ],
            )
            .await;
        if r.status == 429 {
            assert!(
                h1(&r.body).contains("Trop de tentatives"),
                "{}",
                h1(&r.body)
            );
        }
        statuses.push(r.status.as_u16());
    }
    app.deliver_mail().await;
    let to_victim: Vec<_> = app
        .state
        .mailer
        .sent()
        .into_iter()
        .filter(|m| m.to == "victim@example.ma")
        .collect();
    assert!(statuses.contains(&429), "{statuses:?}");
    assert!(
        !to_victim.is_empty() && to_victim.len() <= 3,
        "{} messages to the victim",
        to_victim.len()
    );
    for m in &to_victim {
        let raw = String::from_utf8_lossy(&m.raw);
        for text in [&m.text, &m.html, &m.subject, &raw.to_string()] {
            assert!(!text.contains("evil.example"), "attacker text in: {text}");
            assert!(!text.contains("PRIZE"));
        }
        assert!(m.text.starts_with("Bonjour,"), "{}", m.text);
    }
    // Registration with the victim's address carries no name chosen by the registrant either.
    let mut anon = app.client();
    let r = anon
        .submit(
            "/fr/account/register",
            &[
                ("display_name", "Claim your prize at evil.example"),
                ("email", "victim2@example.ma"),
                ("password", PASSWORD),
                ("language", "fr"),
                ("terms", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    app.deliver_mail().await;
    let m = app.mail_to("victim2@example.ma");
    assert!(!m.text.contains("evil.example") && !String::from_utf8_lossy(&m.raw).contains("evil"));
    app.cleanup().await;
}
both_engines!(finding_04_address_changes_cannot_flood_a_mailbox_with_the_requesters_text);

/// Finding 6: ten wrong passwords from one address no longer lock the owner out elsewhere.
async fn finding_06_failures_from_one_address_do_not_lock_the_owner_out(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let owner = app.user("owner@example.ma").verified().create().await;
    let mut attacker = app.client().seen_from("203.0.113.66");
    attacker.get("/fr/account/sign-in").await;
    let mut statuses = Vec::new();
    for i in 0..12 {
        let r = attacker
            .post(
                "/fr/account/sign-in",
                &[("email", &owner.email), ("password", &format!("guess {i}"))],
            )
            .await;
        statuses.push(r.status.as_u16());
    }
    assert!(
        statuses.contains(&429),
        "the attacker is stopped: {statuses:?}"
    );
    let mut at_home = app.client().seen_from("198.51.100.7");
    let r = at_home.sign_in(&owner).await;
    assert_eq!(r.status, 303, "the owner signs in from elsewhere");
    assert_eq!(at_home.get("/fr/account").await.status, 200);
    app.cleanup().await;
}
both_engines!(finding_06_failures_from_one_address_do_not_lock_the_owner_out);

/// Finding 8: behind a trusted proxy, the leftmost `X-Forwarded-For` hop (written by the
/// client) is not taken for the client's address.
async fn finding_08_behind_a_proxy_the_client_cannot_choose_its_address(engine: Engine) {
    let trust =
        opengov_core::net::ProxyTrust::from_config(true, 1, &["10.0.0.0/8".into()]).unwrap();
    let app = TestApp::new(engine)
        .config(move |c| c.proxies = trust)
        .build()
        .await;
    let u = app.user("behind@example.ma").verified().create().await;
    let mut c = app.client().seen_from("10.0.0.1");
    c.headers
        .push(("x-forwarded-for".into(), "1.2.3.4, 198.51.100.7".into()));
    c.sign_in(&u).await;
    let page = strip_tags(&c.get("/fr/account").await.body);
    assert!(
        page.contains("198.51.100.7"),
        "the proxy's view of the client"
    );
    assert!(!page.contains("1.2.3.4"), "not the client's own claim");
    // Rotating the claimed address does not escape the per-address limit.
    let mut attacker = app.client().seen_from("10.0.0.1");
    attacker.get("/fr/account/sign-in").await;
    let mut statuses = Vec::new();
    for i in 0..35 {
        attacker.headers = vec![(
            "x-forwarded-for".into(),
            format!("6.6.{}.{}, 203.0.113.9", i / 200, i % 200),
        )];
        let r = attacker
            .post(
                "/fr/account/sign-in",
                &[
                    ("email", &format!("n{i}@example.ma")),
                    ("password", "nope nope nope"),
                ],
            )
            .await;
        statuses.push(r.status.as_u16());
    }
    assert_eq!(statuses.last(), Some(&429), "{statuses:?}");
    app.cleanup().await;
}
both_engines!(finding_08_behind_a_proxy_the_client_cannot_choose_its_address);

async fn reset_link(app: &TestApp, address: &str) -> String {
    let mut c = app.client();
    let r = c.submit("/fr/account/reset", &[("email", address)]).await;
    assert_eq!(r.status, 303);
    app.deliver_mail().await;
    link_in(&app.mail_to(address).text, "/account/reset/confirm?token=")
}

/// Uses a reset link; the status of the answer.
async fn use_reset_link(app: &TestApp, link: &str, password: &str) -> u16 {
    let mut c = app.client();
    c.get(link).await;
    let token = link.split("token=").nth(1).unwrap();
    let r = c
        .post(
            "/fr/account/reset/confirm",
            &[("token", token), ("password", password)],
        )
        .await;
    if r.status == 400 {
        assert!(
            strip_tags(&r.body).contains("lien"),
            "{}",
            strip_tags(&r.body)
        );
    }
    r.status.as_u16()
}

const NEW_PASSWORD: &str = "quiet harbour amber lantern";

/// Finding 9: a reset link sent before an address or a password change no longer works.
async fn finding_09_address_and_password_changes_end_outstanding_reset_links(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let mut u = app.user("old@example.ma").verified().create().await;
    let old_link = reset_link(&app, "old@example.ma").await;
    // The address changes (confirmed from the new mailbox).
    let mut me = app.signed_in(&u).await;
    let r = me
        .post(
            "/fr/account/email",
            &[
                ("current_password", PASSWORD),
                ("new_email", "new@example.ma"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    app.deliver_mail().await;
    let confirm = link_in(
        &app.mail_to("new@example.ma").text,
        "/account/email/confirm",
    );
    let token = confirm.split("token=").nth(1).unwrap().to_string();
    me.get(&confirm).await;
    let r = me
        .post("/fr/account/email/confirm", &[("token", &token)])
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(use_reset_link(&app, &old_link, NEW_PASSWORD).await, 400);
    u.email = "new@example.ma".into();
    app.client().sign_in(&u).await;
    // A password change ends a reset link and a pending address change.
    let link = reset_link(&app, "new@example.ma").await;
    let r = me
        .post(
            "/fr/account/email",
            &[
                ("current_password", PASSWORD),
                ("new_email", "third@example.ma"),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    app.deliver_mail().await;
    let confirm = link_in(
        &app.mail_to("third@example.ma").text,
        "/account/email/confirm",
    );
    let r = me
        .post(
            "/fr/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", NEW_PASSWORD),
            ],
        )
        .await;
    assert_eq!(r.status, 303);
    assert_eq!(
        use_reset_link(&app, &link, "another fresh passphrase").await,
        400
    );
    let token = confirm.split("token=").nth(1).unwrap().to_string();
    let r = me
        .post("/fr/account/email/confirm", &[("token", &token)])
        .await;
    assert_eq!(r.status, 400, "the address change ended too");
    u.password = NEW_PASSWORD.into();
    app.client().sign_in(&u).await;
    app.cleanup().await;
}
both_engines!(finding_09_address_and_password_changes_end_outstanding_reset_links);

/// Finding 11: "download my data" lists what an administrator did on the account, without the
/// administrator's name or IP address.
async fn finding_11_the_data_download_holds_no_one_elses_data(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let (_, mut boss) = admin(&app, "boss@example.ma", "198.51.100.77").await;
    let u = app.user("citizen@example.ma").verified().create().await;
    let r = boss
        .post(
            &format!("/fr/admin/users/{}/roles", u.id),
            &[("role", "moderator"), ("scope", "")],
        )
        .await;
    assert_eq!(r.status, 303);
    let mut me = app.client().seen_from("203.0.113.5");
    me.sign_in(&u).await;
    let data = me.get("/fr/account/data").await;
    assert_eq!(data.status, 200);
    assert!(
        !data.body.contains("198.51.100.77"),
        "the administrator's IP"
    );
    assert!(
        !data.body.contains("Admin Person"),
        "the administrator's name"
    );
    let v: serde_json::Value = serde_json::from_str(&data.body).unwrap();
    let events = v["security_events"].as_array().unwrap();
    let granted = events
        .iter()
        .find(|e| e["action"] == "admin.role_granted")
        .expect("the grant is listed");
    assert_eq!(granted["by"], "someone_else");
    assert!(granted.get("ip").is_none());
    let own = events
        .iter()
        .find(|e| e["action"] == "sign_in.succeeded")
        .expect("own sign-in");
    assert_eq!(own["ip"], "203.0.113.5", "the person's own address stays");
    app.cleanup().await;
}
both_engines!(finding_11_the_data_download_holds_no_one_elses_data);

/// Finding 12: a body over the limit gets the translated 413 page, and a reset link issued
/// before a ban sets no password.
async fn finding_12_oversized_bodies_get_413_and_a_ban_ends_reset_links(engine: Engine) {
    let app = TestApp::new(engine).build().await;
    let u = app
        .user("later.banned@example.ma")
        .verified()
        .create()
        .await;
    let mut c = app.client();
    c.get("/fr/account/sign-in").await;
    let big = "x".repeat(100 * 1024);
    let r = c
        .post("/fr/account/sign-in", &[("email", &big), ("password", "p")])
        .await;
    assert_eq!(r.status, 413);
    assert_eq!(html_attr(&r.body, "lang").as_deref(), Some("fr"));
    assert!(
        h1(&r.body).contains("Requête trop volumineuse"),
        "{}",
        h1(&r.body)
    );
    assert!(strip_tags(&r.body).contains("64 Kio"));
    let link = reset_link(&app, &u.email).await;
    let (_, mut boss) = admin(&app, "boss@example.ma", "198.51.100.77").await;
    let r = boss
        .post(
            &format!("/fr/admin/users/{}/ban", u.id),
            &[("reason", "spam")],
        )
        .await;
    assert_eq!(r.status, 303);
    let before = app
        .db
        .user_by_id(u.id)
        .await
        .unwrap()
        .unwrap()
        .password_hash;
    assert_eq!(use_reset_link(&app, &link, NEW_PASSWORD).await, 400);
    let after = app
        .db
        .user_by_id(u.id)
        .await
        .unwrap()
        .unwrap()
        .password_hash;
    assert_eq!(before, after, "the password is unchanged");
    app.cleanup().await;
}
both_engines!(finding_12_oversized_bodies_get_413_and_a_ban_ends_reset_links);
