//! Evidence files and links of progress reports, as a project leader adds them and as anyone
//! downloads them: every kept kind is accepted and served with its sniffed type, disposition,
//! `nosniff` and a sandboxing CSP; a photo loses its EXIF; hostile and oversized files are
//! refused with a translated reason and leave nothing behind (no row, no stored file); another
//! leader can neither upload to the report nor download its unpublished files; published files
//! are anyone's. The storage is the local folder here (the S3-compatible one: evidence_s3.rs).

use crate::common;

use common::evidence::*;
use common::files::*;
use common::*;
use opengov_core::reporting::{FileRefusal, LinkError, Transition};
use opengov_db::rows::Mover;

/// An upload that is kept: its name, the type the browser declares, its bytes; the name and
/// type it is served with, and whether it is shown inline.
type Case<'a> = (&'a str, &'a str, &'a [u8], &'a str, &'a str, bool);

async fn accepted_files_are_kept_and_served_with_their_type(engine: Engine) {
    let Setup {
        app,
        mut leader,
        report,
        ..
    } = setup(TestApp::new(engine).build().await).await;
    let photo = jpeg_with_exif(6, 4, "Douar Tafraout, 30.1N 8.9W");
    let odt = odt();
    let docx = docx();
    let png = png();
    let cases: [Case; 6] = [
        (
            "procès-verbal.pdf",
            "application/pdf",
            PDF,
            "procès-verbal.pdf",
            "application/pdf",
            true,
        ),
        (
            "C:\\Photos\\atelier.JPG",
            "image/jpeg",
            &photo,
            "atelier.JPG",
            "image/jpeg",
            true,
        ),
        (
            "carte",
            "application/octet-stream",
            &png,
            "carte.png",
            "image/png",
            true,
        ),
        (
            "compte rendu.odt",
            "application/vnd.oasis.opendocument.text",
            &odt,
            "compte rendu.odt",
            "application/vnd.oasis.opendocument.text",
            false,
        ),
        (
            "bilan.docx",
            "application/zip",
            &docx,
            "bilan.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            false,
        ),
        (
            "تقرير.csv",
            "text/csv",
            CSV.as_bytes(),
            "تقرير.csv",
            "text/csv; charset=utf-8",
            false,
        ),
    ];
    for (name, ctype, bytes, served, media_type, inline) in cases {
        let r = upload(&mut leader, report, name, ctype, bytes).await;
        assert_eq!(r.status, 303, "{name}: {}", shown(&r.body));
        assert_eq!(
            header(&r, "location"),
            format!("/fr/office/reports/{report}")
        );
        let rows = app.db.evidence_of_report(report).await.unwrap();
        let row = rows.last().unwrap();
        assert_eq!(row.file_name, served, "{name}");
        assert!(!row.storage_key.contains(served) && row.storage_key.starts_with("evidence/"));

        let href = opengov_web::evidence::file_href(row.id, served);
        let got = leader.get(&href).await;
        assert_eq!(got.status, 200, "{href}");
        assert_eq!(header(&got, "content-type"), media_type, "{name}");
        let disposition = header(&got, "content-disposition");
        assert!(
            disposition.starts_with(if inline { "inline;" } else { "attachment;" }),
            "{name}: {disposition}"
        );
        assert!(disposition.contains("filename*=UTF-8''"), "{disposition}");
        assert_eq!(header(&got, "x-content-type-options"), "nosniff");
        assert!(header(&got, "content-security-policy").starts_with("sandbox;"));
        assert_eq!(header(&got, "cache-control"), "private, no-store");
        // What is served is what was hashed, and the hash is the one shown.
        assert_eq!(sha256_hex(&got.bytes), row.sha256, "{name}");
        assert_eq!(header(&got, "etag"), format!("\"{}\"", row.sha256));
        assert_eq!(got.bytes.len() as i64, row.size);
        if media_type == "image/jpeg" {
            assert!(!contains(&got.bytes, b"Exif"), "the EXIF is gone");
            assert!(!contains(&got.bytes, b"Tafraout"), "the place is gone");
            let img = image::load_from_memory_with_format(&got.bytes, image::ImageFormat::Jpeg)
                .expect("still a JPEG");
            assert_eq!((img.width(), img.height()), (4, 6), "turned upright");
        } else if media_type != "image/png" {
            assert_eq!(&got.bytes[..], bytes, "{name}: documents are kept as sent");
        }
    }
    // A client that streams its upload without announcing its size is read the same way.
    let r = leader
        .post_multipart(
            &evidence_path(report),
            &[Part::file("file", "annexe.pdf", "application/pdf", PDF)],
            true,
        )
        .await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    // The report page lists every file with its SHA-256.
    let page = leader.get(&format!("/fr/office/reports/{report}")).await;
    for row in app.db.evidence_of_report(report).await.unwrap() {
        assert!(page.body.contains(&row.sha256), "{}", row.file_name);
    }
    assert_eq!(app.stored_files().len(), 7);
    app.cleanup().await;
}
both_engines!(accepted_files_are_kept_and_served_with_their_type);

async fn hostile_files_are_refused_and_change_nothing(engine: Engine) {
    let Setup {
        app,
        mut leader,
        report,
        ..
    } = setup(TestApp::new(engine).build().await).await;
    let png = png();
    let photo = jpeg_with_exif(6, 4, "x");
    let i18n = opengov_i18n::global();
    let fr = opengov_core::Lang::Fr;
    let cases: [(&str, &str, &[u8], FileRefusal); 8] = [
        ("page.html", "text/html", HTML, FileRefusal::Forbidden),
        ("page.pdf", "application/pdf", HTML, FileRefusal::Forbidden),
        ("dessin.svg", "image/svg+xml", SVG, FileRefusal::Forbidden),
        (
            "rapport.pdf",
            "application/pdf",
            POLYGLOT,
            FileRefusal::Polyglot,
        ),
        (
            "rapport.pdf",
            "application/pdf",
            &png,
            FileRefusal::NameMismatch,
        ),
        ("vide.pdf", "application/pdf", b"", FileRefusal::Empty),
        (
            "photo.jpg",
            "image/jpeg",
            &photo[..photo.len() / 3],
            FileRefusal::Damaged,
        ),
        (
            "script.csv",
            "text/csv",
            b"a,b\n1,<script>alert(1)</script>\n",
            FileRefusal::Forbidden,
        ),
    ];
    for (name, ctype, bytes, refusal) in cases {
        let r = upload(&mut leader, report, name, ctype, bytes).await;
        assert_eq!(r.status, 400, "{name}");
        let text = shown(&r.body);
        let reason = said(i18n.t(fr, refusal.message_id()));
        assert!(text.contains(&reason), "{name}: {reason:?} not in the page");
        assert!(r.body.contains("lang=\"fr\""));
    }
    // A link that is not a web link, a file and a link at once, nothing at all.
    let r = leader
        .post(&evidence_path(report), &[("url", "javascript:alert(1)")])
        .await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains(&said(i18n.t(fr, LinkError::Scheme.message_id()))));
    let r = leader
        .post_multipart(
            &evidence_path(report),
            &[
                Part::file("file", "a.pdf", "application/pdf", PDF),
                Part::text("url", "https://www.gov.ma/"),
            ],
            false,
        )
        .await;
    assert_eq!(r.status, 400);
    assert!(shown(&r.body).contains(&said(i18n.t(fr, "evidence-error-both"))));
    for r in [
        leader.post(&evidence_path(report), &[]).await,
        leader
            .post_multipart(
                &evidence_path(report),
                &[Part::file("file", "", "application/octet-stream", b"")],
                false,
            )
            .await,
    ] {
        assert_eq!(r.status, 400);
        assert!(shown(&r.body).contains(&said(i18n.t(fr, "evidence-error-nothing"))));
    }
    // A form without its CSRF token, and one with no field at all.
    let r = leader
        .post_multipart_raw(
            &evidence_path(report),
            &[Part::file("file", "a.pdf", "application/pdf", PDF)],
            false,
        )
        .await;
    assert_eq!(r.status, 403);
    let r = leader
        .post_multipart_raw(&evidence_path(report), &[], false)
        .await;
    assert_eq!(r.status, 403);
    assert!(app.db.evidence_of_report(report).await.unwrap().is_empty());
    assert!(app.stored_files().is_empty(), "nothing was stored");
    app.cleanup().await;
}
both_engines!(hostile_files_are_refused_and_change_nothing);

async fn a_file_over_the_limit_is_413_and_names_the_limit(engine: Engine) {
    let app = TestApp::new(engine)
        .config(|c| c.uploads.limit_mb = 1)
        .build()
        .await;
    let Setup {
        app,
        mut leader,
        report,
        ..
    } = setup(app).await;
    let limit = 1024 * 1024;
    // The form says the limit before anything is sent.
    let form = leader.get(&format!("/fr/office/reports/{report}")).await;
    assert!(
        shown(&form.body).contains("jusqu'à 1 Mo"),
        "{}",
        shown(&form.body)
    );
    let mut big = PDF.to_vec();
    big.resize(limit + 1, b' ');
    let i18n = opengov_i18n::global();
    for streamed in [false, true] {
        let r = leader
            .post_multipart(
                &evidence_path(report),
                &[Part::file("file", "gros.pdf", "application/pdf", &big)],
                streamed,
            )
            .await;
        assert_eq!(r.status, 413, "streamed: {streamed}");
        let text = shown(&r.body);
        let want = said(i18n.ta(
            opengov_core::Lang::Fr,
            "evidence-error-too-large",
            &[("limit", opengov_i18n::Arg::Count(1))],
        ));
        assert!(text.contains(&want), "{text}");
        assert!(text.contains("les 1 Mo acceptés"), "{text}");
    }
    // Announced larger than the limit: refused before a byte of it is read.
    leader
        .headers
        .push(("content-length".into(), "900000000".into()));
    let r = leader
        .post_multipart(
            &evidence_path(report),
            &[Part::file("file", "a.pdf", "application/pdf", PDF)],
            true,
        )
        .await;
    leader.headers.clear();
    assert_eq!(r.status, 413);
    // A plain form keeps the 64 KiB of every other form.
    let long = format!("https://example.ma/{}", "a".repeat(70 * 1024));
    let r = leader.post(&evidence_path(report), &[("url", &long)]).await;
    assert_eq!(r.status, 413);
    // At the limit exactly, it is kept.
    let mut csv = "a,b\n".repeat(limit / 4).into_bytes();
    csv.truncate(limit);
    let r = upload(&mut leader, report, "plein.csv", "text/csv", &csv).await;
    assert_eq!(r.status, 303, "{}", shown(&r.body));
    let rows = app.db.evidence_of_report(report).await.unwrap();
    assert_eq!(rows.len(), 1, "only the file at the limit was kept");
    assert_eq!(app.stored_files().len(), 1);
    app.cleanup().await;
}
both_engines!(a_file_over_the_limit_is_413_and_names_the_limit);

async fn another_leader_can_neither_upload_nor_download(engine: Engine) {
    let Setup {
        app,
        mut leader,
        report,
        ..
    } = setup(TestApp::new(engine).build().await).await;
    let r = upload(&mut leader, report, "pv.pdf", "application/pdf", PDF).await;
    assert_eq!(r.status, 303);
    let id = app.db.evidence_of_report(report).await.unwrap()[0].id;
    let href = format!("/files/{id}/pv.pdf");

    let other = app
        .db
        .commitment_by_ogp_id("MO0057")
        .await
        .unwrap()
        .unwrap();
    let b = app
        .user("leader-b@example.ma")
        .roles(&[(Role::ProjectLeader, ScopeKind::Commitment, other.id)])
        .verified()
        .create()
        .await;
    let mut leader_b = app.signed_in(&b).await;
    leader_b.get("/fr/office").await;
    // Through the form (and the API of the form: a crafted post), nothing is added.
    let r = upload(&mut leader_b, report, "x.pdf", "application/pdf", PDF).await;
    assert_eq!(r.status, 403);
    let r = leader_b
        .post(&evidence_path(report), &[("url", "https://evil.example/")])
        .await;
    assert_eq!(r.status, 403);
    let r = leader_b
        .post(
            &format!("/fr/office/reports/{report}/evidence/{id}/delete"),
            &[],
        )
        .await;
    assert_eq!(r.status, 403);
    assert_eq!(app.db.evidence_of_report(report).await.unwrap().len(), 1);
    assert_eq!(app.stored_files().len(), 1);
    // A guessed URL tells nothing: the same 404 as for a file that does not exist.
    for who in [&mut leader_b, &mut app.client()] {
        for path in [href.clone(), format!("/files/{}/pv.pdf", id + 1000)] {
            let r = who.get(&path).await;
            assert_eq!(r.status, 404, "{path}");
            assert!(!contains(&r.bytes, b"%PDF"));
        }
    }
    // The author's leader sees it; the plan's coordinator too; a wrong name is a 404.
    assert_eq!(leader.get(&href).await.status, 200);
    assert_eq!(
        leader.get(&format!("/files/{id}/autre.pdf")).await.status,
        404
    );
    assert_eq!(leader.get(&format!("/files/{id}/PV.PDF")).await.status, 404);
    let plan = app.db.plan_by_number(3).await.unwrap().unwrap();
    let coord = app
        .user("coordinator@example.ma")
        .roles(&[(Role::Coordinator, ScopeKind::Plan, plan.id)])
        .verified()
        .create()
        .await;
    let mut coordinator = app.signed_in(&coord).await;
    assert_eq!(coordinator.get(&href).await.status, 200);
    coordinator.get("/fr/office").await;
    let r = upload(&mut coordinator, report, "x.pdf", "application/pdf", PDF).await;
    assert_eq!(
        r.status, 403,
        "a coordinator validates, never writes the report"
    );
    app.cleanup().await;
}
both_engines!(another_leader_can_neither_upload_nor_download);

async fn published_files_are_anyones_and_never_change(engine: Engine) {
    let Setup {
        app,
        mut leader,
        leader_id,
        report,
    } = setup(TestApp::new(engine).build().await).await;
    let r = upload(&mut leader, report, "pv.pdf", "application/pdf", PDF).await;
    assert_eq!(r.status, 303);
    let r = leader
        .post(
            &evidence_path(report),
            &[("url", "https://www.gov.ma/rapport")],
        )
        .await;
    assert_eq!(r.status, 303);
    let rows = app.db.evidence_of_report(report).await.unwrap();
    let (file, link) = (rows[0].clone(), rows[1].clone());
    assert_eq!(link.url, "https://www.gov.ma/rapport");
    let by = Mover {
        user_id: leader_id,
        role: "project_leader",
    };
    for t in [Transition::Submit, Transition::Validate] {
        app.db
            .move_report(report, t, by, "", opengov_db::now_micros())
            .await
            .unwrap()
            .unwrap();
    }
    let href = format!("/files/{}/pv.pdf", file.id);
    let r = app.get(&href).await;
    assert_eq!(r.status, 200);
    assert_eq!(&r.bytes[..], PDF);
    assert_eq!(
        header(&r, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    let etag = header(&r, "etag");
    let again = app.get_with(&href, &[("if-none-match", &etag)]).await;
    assert_eq!(again.status, 304);
    // The public commitment page shows the file with its SHA-256 and the link as external.
    let page = app.get(&format!("/fr/commitments/{A}")).await;
    assert!(page.body.contains(&file.sha256));
    assert!(page.body.contains(&href));
    assert!(page.body.contains("https://www.gov.ma/rapport"));
    assert!(page.body.contains("external"));
    // Nothing is added to nor removed from a published report, and a crafted post says why.
    let i18n = opengov_i18n::global();
    let r = upload(&mut leader, report, "x.pdf", "application/pdf", PDF).await;
    assert_eq!(r.status, 409);
    assert!(shown(&r.body).contains(&said(
        i18n.t(opengov_core::Lang::Fr, "evidence-error-locked")
    )));
    let r = leader
        .post(
            &format!("/fr/office/reports/{report}/evidence/{}/delete", file.id),
            &[],
        )
        .await;
    assert_eq!(r.status, 409);
    assert_eq!(app.db.evidence_of_report(report).await.unwrap().len(), 2);
    assert_eq!(
        app.stored_files().len(),
        1,
        "the refused upload was removed again"
    );
    app.cleanup().await;
}
both_engines!(published_files_are_anyones_and_never_change);

async fn removing_evidence_removes_its_file(engine: Engine) {
    let Setup {
        app,
        mut leader,
        report,
        ..
    } = setup(TestApp::new(engine).build().await).await;
    upload(&mut leader, report, "pv.pdf", "application/pdf", PDF).await;
    let id = app.db.evidence_of_report(report).await.unwrap()[0].id;
    assert_eq!(app.stored_files().len(), 1);
    // Another report's path does not reach it.
    let r = leader
        .post(
            &format!("/fr/office/reports/{}/evidence/{id}/delete", report + 1000),
            &[],
        )
        .await;
    assert_eq!(r.status, 404);
    let r = leader
        .post(
            &format!("/fr/office/reports/{report}/evidence/{id}/delete"),
            &[],
        )
        .await;
    assert_eq!(r.status, 303);
    assert!(app.db.evidence_of_report(report).await.unwrap().is_empty());
    assert!(app.stored_files().is_empty());
    assert_eq!(leader.get(&format!("/files/{id}/pv.pdf")).await.status, 404);
    let r = leader
        .post(
            &format!("/fr/office/reports/{report}/evidence/{id}/delete"),
            &[],
        )
        .await;
    assert_eq!(r.status, 404);
    app.cleanup().await;
}
both_engines!(removing_evidence_removes_its_file);

/// Every reason a file or a link is refused has its message in the four languages.
#[test]
fn every_refusal_is_translated() {
    let i18n = opengov_i18n::global();
    let ids: Vec<&str> = FileRefusal::ALL
        .iter()
        .map(|r| r.message_id())
        .chain(LinkError::ALL.iter().map(|e| e.message_id()))
        .chain([
            "evidence-error-too-large",
            "evidence-error-nothing",
            "evidence-error-both",
            "evidence-error-locked",
        ])
        .collect();
    for lang in opengov_core::Lang::ALL {
        for id in &ids {
            assert!(i18n.has(lang, id), "{lang} lacks {id}");
        }
    }
}
