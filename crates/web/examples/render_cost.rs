//! Times the pieces of page rendering (run with `cargo run --release --example render_cost`).

use opengov_core::Lang;
use opengov_i18n::{Arg, global};
use std::time::Instant;

fn main() {
    let i = global();
    let n = 20_000;
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(i.t(Lang::Ar, "status-not-reported"));
    }
    println!("t(): {:?} each", t.elapsed() / n);
    let t = Instant::now();
    for _ in 0..n {
        std::hint::black_box(i.ta(Lang::Ar, "percent", &[("value", Arg::from("37"))]));
    }
    println!("ta(percent): {:?} each", t.elapsed() / n);
    let t = Instant::now();
    for k in 0..n {
        std::hint::black_box(i.ta(
            Lang::Ar,
            "count-commitments",
            &[("count", Arg::Count(i64::from(k % 200)))],
        ));
    }
    println!("ta(count): {:?} each", t.elapsed() / n);
}
