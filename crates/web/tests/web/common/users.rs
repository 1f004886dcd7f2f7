//! Test accounts, made in the database with the roles a test needs, and signed in through the
//! real forms (password, then the one-time code when two-step verification is on).
//!
//! ```ignore
//! let admin = app.user("admin@example.ma").roles(&[(Role::Administrator, ScopeKind::Global, 0)])
//!     .verified().create().await;
//! let mut browser = app.signed_in(&admin).await;
//! ```

use super::client::Client;
use super::{Page, TestApp, strip_tags};
use opengov_core::auth::policy::{Role, ScopeKind};
use opengov_db::now_micros;
use opengov_db::rows::UserChange;

/// The password of every test account (unless a test chooses another).
pub const PASSWORD: &str = "lantern orchard velvet compass";

/// The Argon2id hash of [`PASSWORD`], made once by `opengov_web::auth::crypto::hash_password`
/// (so with the product's parameters): creating a test account costs no hashing, which is slow
/// in debug builds. Signing in still checks the password against it.
const PASSWORD_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$flL0lRXJwrpwQcxFktIilg$T+7WeFk27lduOaKzLmeFWrDJ5w+y+E152bA8MAhv4/k";

/// An account made by [`TestApp::user`].
#[derive(Debug, Clone)]
pub struct TestUser {
    pub id: i64,
    pub email: String,
    pub password: String,
    /// The language of the account, used for the sign-in pages.
    pub language: String,
    /// The TOTP secret when two-step verification is on.
    pub totp_secret: Option<String>,
}

/// An account to be made; see [`TestApp::user`].
pub struct NewUser<'a> {
    app: &'a TestApp,
    email: String,
    name: String,
    language: String,
    password: Option<String>,
    roles: Vec<(Role, ScopeKind, i64)>,
    verified: bool,
    totp: bool,
}

impl TestApp {
    /// A new account with this address: named "Test user", in French, with [`PASSWORD`], no
    /// role, its address not confirmed, no second factor.
    pub fn user(&self, email: &str) -> NewUser<'_> {
        NewUser {
            app: self,
            email: email.to_string(),
            name: "Test user".into(),
            language: "fr".into(),
            password: None,
            roles: vec![],
            verified: false,
            totp: false,
        }
    }

    /// A browser signed in as `user`.
    pub async fn signed_in(&self, user: &TestUser) -> Client {
        let mut c = self.client();
        c.sign_in(user).await;
        c
    }
}

impl NewUser<'_> {
    pub fn name(mut self, name: &str) -> Self {
        self.name = name.to_string();
        self
    }

    pub fn language(mut self, code: &str) -> Self {
        self.language = code.to_string();
        self
    }

    /// Another password than [`PASSWORD`] (hashed for real).
    pub fn password(mut self, password: &str) -> Self {
        self.password = Some(password.to_string());
        self
    }

    /// Roles with their scope (the id of the plan, institution or commitment; 0 for global).
    pub fn roles(mut self, roles: &[(Role, ScopeKind, i64)]) -> Self {
        self.roles.extend_from_slice(roles);
        self
    }

    /// The address is confirmed.
    pub fn verified(mut self) -> Self {
        self.verified = true;
        self
    }

    /// Two-step verification is on (a TOTP secret enrolled).
    pub fn totp(mut self) -> Self {
        self.totp = true;
        self
    }

    pub async fn create(self) -> TestUser {
        let db = &self.app.db;
        let now = now_micros();
        let password = self.password.unwrap_or_else(|| PASSWORD.to_string());
        let hash = if password == PASSWORD {
            PASSWORD_HASH.to_string()
        } else {
            opengov_web::auth::crypto::hash_password(password.clone())
                .await
                .expect("hash the password")
        };
        let id = db
            .create_user(&self.email, &self.name, &hash, &self.language, now)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("{} already has an account", self.email));
        if self.verified {
            assert!(
                db.update_user(id, &UserChange::EmailVerified, now)
                    .await
                    .unwrap()
            );
        }
        for (role, scope, scope_id) in &self.roles {
            db.grant_role(id, *role, *scope, *scope_id, None, now)
                .await
                .unwrap();
        }
        let totp_secret = if self.totp {
            let secret = opengov_web::auth::totp::new_secret();
            db.update_user(id, &UserChange::TotpSecret(Some(secret.clone())), now)
                .await
                .unwrap();
            assert!(
                db.update_user(id, &UserChange::TotpEnabled, now)
                    .await
                    .unwrap()
            );
            Some(secret)
        } else {
            None
        };
        TestUser {
            id,
            email: db
                .user_by_id(id)
                .await
                .unwrap()
                .and_then(|u| u.email)
                .expect("the stored address"),
            password,
            language: self.language,
            totp_secret,
        }
    }
}

impl Client {
    /// Signs in as `user` through the sign-in form, and through the second step when the
    /// account has one. Panics when the sign-in does not succeed; returns the last answer.
    pub async fn sign_in(&mut self, user: &TestUser) -> Page {
        let lang = &user.language;
        let r = self
            .submit(
                &format!("/{lang}/account/sign-in"),
                &[("email", &user.email), ("password", &user.password)],
            )
            .await;
        assert_eq!(
            r.status,
            303,
            "sign-in of {}: {}",
            user.email,
            strip_tags(&r.body)
        );
        let Some(secret) = &user.totp_secret else {
            return r;
        };
        let verify = format!("/{lang}/account/two-step/verify");
        let location = r.headers["location"].to_str().unwrap().to_string();
        assert!(location.starts_with(&verify), "second step: {location}");
        assert_eq!(self.get(&location).await.status, 200);
        // Each time step is accepted once per account and the server allows one step of clock
        // skew: a repeated sign-in within 30 seconds uses the next step's code.
        let now = u64::try_from(now_micros() / 1_000_000).unwrap();
        for secs in [now, now + 30, now - 30] {
            let code = opengov_web::auth::totp::code_at(secret, secs);
            let r = self.post(&verify, &[("code", &code)]).await;
            if r.status == 303 {
                return r;
            }
            assert_eq!(r.status, 400, "second step of {}", user.email);
        }
        panic!("no unused one-time code left for {}", user.email)
    }
}
