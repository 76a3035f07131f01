//! Verification of the JWT that Graph sends with each webhook request.
