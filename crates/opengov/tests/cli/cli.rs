//! The binary as an operator uses it.

use std::path::Path;
use std::process::{Command, Output};

fn opengov(db_url: &str, args: &[&str], lang: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_opengov"))
        .args(args)
        .env("OPENGOV_DATABASE_URL", db_url)
        .env("LANG", lang)
        .env_remove("OPENGOV_LANG")
        .env_remove("OPENGOV_CONFIG")
        .output()
        .expect("run opengov")
}

fn sqlite_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("cli.db").display())
}

#[test]
fn help_lists_the_subcommands() {
    let out = opengov("sqlite::memory:", &["--help"], "C");
    let text = String::from_utf8_lossy(&out.stdout);
    for cmd in [
        "serve",
        "migrate",
        "import-plan",
        "import-irm",
        "export-plan",
        "seed-demo",
        "seed-synthetic",
        "send-reminders",
    ] {
        assert!(text.contains(cmd), "{cmd} missing from --help:\n{text}");
    }
}

#[test]
fn a_bad_file_is_refused_in_the_users_language_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    let bad = dir.path().join("plans.csv");
    std::fs::write(&bad, "plan_key,number,title_fr,status,start_date\np1,1,Plan,implementing,2024-13\np2,x,Plan 2,done,2024\n").unwrap();
    let out = opengov(&url, &["import-plan", bad.to_str().unwrap()], "fr_FR.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ligne 2") && err.contains("colonne 5 (start_date)"),
        "{err}"
    );
    assert!(
        err.contains("ligne 3") && err.contains("colonne 2 (number)"),
        "{err}"
    );
    assert!(
        err.contains("Aucune donnée n'a été importée\u{a0}: 3 problèmes"),
        "{err}"
    );
    assert!(
        err.contains("«\u{a0}done\u{a0}» n'est pas une valeur autorisée (valeurs possibles\u{a0}: drafting, consultation, implementing, completed)"),
        "{err}"
    );
    assert!(
        !err.contains("figure deux fois"),
        "no cascade from the invalid number: {err}"
    );
    // Nothing was stored: an export holds no plan.
    let out_dir = dir.path().join("out");
    let out = opengov(
        &url,
        &["export-plan", "--out", out_dir.to_str().unwrap()],
        "C",
    );
    assert!(out.status.success());
    let plans = std::fs::read_to_string(out_dir.join("plans.csv")).unwrap();
    assert_eq!(plans.lines().count(), 1, "only the header: {plans}");

    let out = opengov(
        &url,
        &["import-plan", bad.to_str().unwrap(), "--lang", "ar"],
        "C",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("السطر 2"), "{err}");
}

#[test]
fn the_research_files_activities_import_as_they_are_and_bad_rows_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    assert!(opengov(&url, &["seed-demo"], "C").status.success());
    let header = "plan_key,ogp_id,commitment_position,position,label_en,label_fr,label_ar,\
label_written_by_us,label_basis,start_date,end_date,responsible_institution,\
responsible_institution_key,status,progress_percent,as_of,source_urls,notes\n";
    let bad = dir.path().join("activities.csv");
    std::fs::write(
        &bad,
        format!(
            "{header}nap3,MO0055,2,1,A step,,,no,reported_action,,,,,done,,,https://example.org,\n\
             nap3,MO0055,2,2,Another,,,perhaps,reported_action,,,,,,150,,,\n"
        ),
    )
    .unwrap();
    let out = opengov(&url, &["import-plan", bad.to_str().unwrap()], "fr_FR.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ligne 3") && err.contains("colonne 8 (label_written_by_us)"),
        "{err}"
    );
    assert!(
        err.contains("ligne 3") && err.contains("colonne 15 (progress_percent)"),
        "{err}"
    );
    assert!(!err.contains("ligne 2"), "{err}");
    // Corrected, it imports: the step a source says was done is at 100 %, the other one is
    // not reported (an empty cell in the export, never 0).
    std::fs::write(
        &bad,
        format!(
            "{header}nap3,MO0055,2,1,A step,,,no,reported_action,,,,,done,,,https://example.org,\n\
             nap3,MO0055,2,2,Another,,,yes,reported_action,,,,,,,,,\n"
        ),
    )
    .unwrap();
    let out = opengov(&url, &["import-plan", bad.to_str().unwrap()], "C");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ex = dir.path().join("ex");
    assert!(
        opengov(&url, &["export-plan", "--out", ex.to_str().unwrap()], "C")
            .status
            .success()
    );
    let acts = std::fs::read_to_string(ex.join("activities.csv")).unwrap();
    let line = |key: &str| {
        acts.lines()
            .find(|l| l.starts_with(&format!("MO0055,{key},")))
            .unwrap_or_else(|| panic!("{key} in {acts}"))
            .to_string()
    };
    assert!(
        line("MO0055-1").contains(",1,100,no,"),
        "{}",
        line("MO0055-1")
    );
    assert!(line("MO0055-2").contains(",1,,no,"), "{}", line("MO0055-2"));
}

#[test]
fn seed_export_import_round_trip_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let a = sqlite_url(&dir.path().join("a"));
    std::fs::create_dir_all(dir.path().join("a")).unwrap();
    std::fs::create_dir_all(dir.path().join("b")).unwrap();
    let seeded = opengov(&a, &["seed-demo"], "C");
    assert!(seeded.status.success());
    // The demo holds the activities the sources name.
    assert!(
        String::from_utf8_lossy(&seeded.stderr).contains("50 commitments and 113 activities"),
        "{}",
        String::from_utf8_lossy(&seeded.stderr)
    );
    let ex1 = dir.path().join("ex1");
    assert!(
        opengov(&a, &["export-plan", "--out", ex1.to_str().unwrap()], "C")
            .status
            .success()
    );
    let b = sqlite_url(&dir.path().join("b"));
    let out = opengov(&b, &["import-plan", ex1.to_str().unwrap()], "en_GB.UTF-8");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("50 commitments"));
    let ex2 = dir.path().join("ex2");
    assert!(
        opengov(&b, &["export-plan", "--out", ex2.to_str().unwrap()], "C")
            .status
            .success()
    );
    for f in [
        "plans.csv",
        "axes.csv",
        "commitments.csv",
        "activities.csv",
        "progress_snapshots.csv",
        "documents.csv",
        "institutions.csv",
    ] {
        assert_eq!(
            std::fs::read(ex1.join(f)).unwrap(),
            std::fs::read(ex2.join(f)).unwrap(),
            "{f} differs"
        );
    }
}

#[test]
fn illustrative_seed_adds_marked_activities() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    let out = opengov(&url, &["seed-demo", "--illustrative"], "ar_MA.UTF-8");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    // Told in Arabic, each count in the form of its number: 50 is "50 التزامًا" (the form of
    // 11 to 99), not the form of 3 to 10; so is 150 (its last two digits are 50).
    assert!(
        err.contains("50 التزامًا") && !err.contains("50 التزامات"),
        "{err}"
    );
    // The sources' 113 activities, then 57 invented ones: three for each of the 19
    // commitments the sources name no activity of, none mixed with sourced ones.
    assert!(err.contains("113 نشاطًا"), "{err}");
    assert!(err.contains("57 نشاطًا"), "{err}");
    assert!(err.contains("أُضيفت أنشطة افتراضية لأغراض العرض"), "{err}");
    let ex = dir.path().join("ex");
    assert!(
        opengov(&url, &["export-plan", "--out", ex.to_str().unwrap()], "C")
            .status
            .success()
    );
    let acts = std::fs::read_to_string(ex.join("activities.csv")).unwrap();
    assert_eq!(acts.lines().count(), 1 + 113 + 19 * 3);
    let invented: Vec<&str> = acts
        .lines()
        .skip(1)
        .filter(|l| l.contains("illustrative-"))
        .collect();
    assert_eq!(invented.len(), 19 * 3);
    // MO0013 has no activity in the sources; MO0017 has.
    assert!(invented.iter().any(|l| l.starts_with("MO0013,")));
    assert!(!invented.iter().any(|l| l.starts_with("MO0017,")));
}

#[test]
fn environment_overrides_the_file_and_foreign_variables_are_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("opengov.toml");
    // The file names a database that cannot be opened; the environment overrides it.
    std::fs::write(&cfg, "database_url = \"mysql://nowhere\"\n").unwrap();
    let url = sqlite_url(dir.path());
    let out = Command::new(env!("CARGO_BIN_EXE_opengov"))
        .args(["--config", cfg.to_str().unwrap(), "migrate"])
        .env("OPENGOV_DATABASE_URL", &url)
        .env("OPENGOV_BIN", "/somewhere/else")
        .env("OPENGOV_TEST_PG_URL", "postgres://x")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("cli.db").exists());
    // Without the override the file's value is used, and refused clearly.
    let out = Command::new(env!("CARGO_BIN_EXE_opengov"))
        .args(["--config", cfg.to_str().unwrap(), "migrate"])
        .env_remove("OPENGOV_DATABASE_URL")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unsupported database URL"));
}

#[test]
fn send_reminders_runs_once_and_refuses_a_bad_day_or_setting() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    assert!(opengov(&url, &["seed-demo"], "C").status.success());
    // The demo has no project leader: nothing to send, said in the operator's language.
    let out = opengov(
        &url,
        &["send-reminders", "--today", "2026-11-23"],
        "fr_FR.UTF-8",
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Rappels mis en file d'attente\u{a0}: 0 (responsables de projet concernés\u{a0}: 0)."
    );
    let bad_day = opengov(&url, &["send-reminders", "--today", "2026-13-45"], "C");
    assert_eq!(bad_day.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad_day.stderr).contains("is not a day"));
    let bad_setting = Command::new(env!("CARGO_BIN_EXE_opengov"))
        .args(["send-reminders"])
        .env("OPENGOV_DATABASE_URL", &url)
        .env("OPENGOV_REMINDER_SILENT_DAYS", "0")
        .env_remove("OPENGOV_CONFIG")
        .output()
        .unwrap();
    assert_eq!(bad_setting.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad_setting.stderr).contains("reminder_silent_days"),
        "{}",
        String::from_utf8_lossy(&bad_setting.stderr)
    );
}

#[test]
fn configuration_errors_are_reported_before_anything_runs() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("opengov.toml");
    std::fs::write(&cfg, "bind = 42\nunknown_key = true\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_opengov"))
        .args(["--config", cfg.to_str().unwrap(), "migrate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("configuration error"));
}

#[test]
fn create_admin_reads_the_password_from_stdin_and_refuses_weak_ones() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    let run = |pw: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_opengov"))
            .args([
                "create-admin",
                "--email",
                "Chief@Example.ma",
                "--name",
                "Chief",
                "--lang",
                "fr",
            ])
            .env("OPENGOV_DATABASE_URL", &url)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{pw}\n").as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let weak = run("password1234");
    assert_eq!(weak.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&weak.stderr).contains("password"),
        "{}",
        String::from_utf8_lossy(&weak.stderr)
    );
    let ok = run("river lantern copper meadow");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let db = opengov_db::Db::connect(&url, 1).await.unwrap();
        let u = db
            .user_by_email("chief@example.ma")
            .await
            .unwrap()
            .expect("the admin exists");
        assert!(u.email_verified_at.is_some());
        let roles = db.roles_of(u.id).await.unwrap();
        assert_eq!(
            roles.iter().map(|r| r.role.code()).collect::<Vec<_>>(),
            vec!["administrator"]
        );
        assert!(u.password_hash.starts_with("$argon2id$"));
        db.close().await;
    });
}

#[test]
fn a_contact_address_that_is_not_an_address_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    for (key, value, says) in [
        ("OPENGOV_CONTACT_EMAIL", "not an address", "contact_email"),
        ("OPENGOV_CNDP_DECLARATION", "D-1\u{7}", "cndp_declaration"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_opengov"))
            .args(["serve", "--bind", "127.0.0.1:0", "--no-demo"])
            .env("OPENGOV_DATABASE_URL", sqlite_url(dir.path()))
            .env(key, value)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{key}={value:?} was accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{key}: {err}");
    }
}

#[test]
fn bad_assessments_keys_and_translation_columns_are_refused_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let url = sqlite_url(dir.path());
    let plans = dir.path().join("plans.csv");
    std::fs::write(
        &plans,
        "plan_key,number,title_fr,status\np1,1,Plan,implementing\n",
    )
    .unwrap();
    let institutions = dir.path().join("institutions.csv");
    std::fs::write(
        &institutions,
        "key,kind,name_fr,name_de_unofficial\nm1,government,Ministère,Ministerium\n",
    )
    .unwrap();
    let commitments = dir.path().join("commitments.csv");
    std::fs::write(
        &commitments,
        "plan_key,ogp_id,title_fr,commitment_type,ogp_verifiable,lead_institution_key\n\
         p1,XX1,Titre,government,Maybe,m1\n\
         p1,XX2,Titre 2,government,Yes,nowhere\n",
    )
    .unwrap();
    let files = [&plans, &institutions, &commitments].map(|p| p.to_str().unwrap().to_string());
    let mut args = vec!["import-plan"];
    args.extend(files.iter().map(String::as_str));
    let out = opengov(&url, &args, "fr_FR.UTF-8");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("ligne 2, colonne 5 (ogp_verifiable)")
            && err.contains("«\u{a0}Maybe\u{a0}» n'est pas une valeur autorisée (valeurs possibles\u{a0}: Yes, No)"),
        "{err}"
    );
    assert!(
        err.contains("ligne 3, colonne 6 (lead_institution_key)") && err.contains("nowhere"),
        "{err}"
    );
    assert!(
        err.contains("ligne 1, colonne 4 (name_de_unofficial)")
            && err.contains("name_ar_unofficial, name_fr_unofficial"),
        "{err}"
    );
    let out = opengov(&url, &[&args[..], &["--lang", "ar"]].concat(), "C");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("السطر 2، العمود 5 (ogp_verifiable)"), "{err}");
    assert!(err.contains("ليس من أعمدة هذا الملف"), "{err}");
    // Nothing was stored.
    let out_dir = dir.path().join("out");
    assert!(
        opengov(
            &url,
            &["export-plan", "--out", out_dir.to_str().unwrap()],
            "C"
        )
        .status
        .success()
    );
    let stored = std::fs::read_to_string(out_dir.join("institutions.csv")).unwrap();
    assert_eq!(stored.lines().count(), 1, "only the header: {stored}");
}
