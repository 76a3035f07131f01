//! Promises the models make at compile time. Each case under `ui/` must fail to compile with
//! the error in its `.stderr` file; rewrite those with `TRYBUILD=overwrite` after a reviewed
//! change of the compiler's wording.

#[test]
fn compile_fail() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
