-- The last TOTP time step accepted, so that a code is used once (RFC 6238 section 5.2).
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
