//! Hybrid logical clocks: wall time in milliseconds, a counter for events within one millisecond, and the node that
//! made the stamp, so every change has a unique stamp that orders like time (docs/architecture.md, "The change log").

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Hlc {
    pub millis: u64,
    pub counter: u32,
    pub node: u64,
}

impl fmt::Display for Hlc {
    /// Fixed-width hex, so that the text form sorts like the clock. Written digit by digit rather than through
    /// `write!`'s padding: a bulk write stamps every row it makes (a counter too wide for its six digits, which no
    /// stamp parsed can have, is written whole as `write!` would).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.counter > 0xff_ffff {
            return write!(f, "{:012x}-{:06x}-{:016x}", self.millis, self.counter, self.node);
        }
        let mut text = [b'-'; 36];
        hex(&mut text[..12], self.millis);
        hex(&mut text[13..19], u64::from(self.counter));
        hex(&mut text[20..], self.node);
        f.write_str(std::str::from_utf8(&text).expect("hex digits"))
    }
}

/// `value`'s lowest hex digits, as many as `into` holds, the most significant first.
fn hex(into: &mut [u8], mut value: u64) {
    for digit in into.iter_mut().rev() {
        *digit = b"0123456789abcdef"[(value & 0xf) as usize];
        value >>= 4;
    }
}

#[derive(Debug, thiserror::Error)]
#[error("malformed clock stamp {0:?}")]
pub struct MalformedHlc(String);

impl FromStr for Hlc {
    type Err = MalformedHlc;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || MalformedHlc(s.to_string());
        let mut parts = s.split('-');
        let mut next = |width: usize| {
            let p = parts.next().filter(|p| p.len() == width).ok_or_else(bad)?;
            u64::from_str_radix(p, 16).map_err(|_| bad())
        };
        let millis = next(12)?;
        let counter = u32::try_from(next(6)?).map_err(|_| bad())?;
        let node = next(16)?;
        if parts.next().is_some() {
            return Err(bad());
        }
        Ok(Hlc { millis, counter, node })
    }
}

/// The largest counter the text form holds (6 hex digits). Past it a clock moves to the next millisecond, so that a
/// stamp pushed with a huge counter can never make the stamps after it unreadable.
pub const MAX_COUNTER: u32 = 0xFF_FFFF;

/// The stamp after `millis` and `counter`, carrying into the milliseconds when the counter is full.
fn next(millis: u64, counter: u32, node: u64) -> Hlc {
    if counter >= MAX_COUNTER {
        Hlc { millis: millis + 1, counter: 0, node }
    } else {
        Hlc { millis, counter: counter + 1, node }
    }
}

/// The clock of one node. `tick` stamps a local change; `observe` moves past a stamp seen from elsewhere.
#[derive(Debug, Clone)]
pub struct Clock {
    last: Hlc,
}

impl Clock {
    pub fn new(node: u64, last: Option<Hlc>) -> Self {
        Clock { last: last.map(|l| Hlc { node, ..l }).unwrap_or(Hlc { millis: 0, counter: 0, node }) }
    }

    pub fn node(&self) -> u64 {
        self.last.node
    }

    pub fn last(&self) -> Hlc {
        self.last
    }

    pub fn tick(&mut self, now_millis: u64) -> Hlc {
        self.last = if now_millis > self.last.millis {
            Hlc { millis: now_millis, counter: 0, node: self.last.node }
        } else {
            next(self.last.millis, self.last.counter, self.last.node)
        };
        self.last
    }

    pub fn observe(&mut self, seen: Hlc, now_millis: u64) {
        let millis = now_millis.max(self.last.millis).max(seen.millis);
        let node = self.last.node;
        self.last = if millis == self.last.millis && millis == seen.millis {
            next(millis, self.last.counter.max(seen.counter), node)
        } else if millis == self.last.millis {
            next(millis, self.last.counter, node)
        } else if millis == seen.millis {
            next(millis, seen.counter, node)
        } else {
            Hlc { millis, counter: 0, node }
        };
    }
}

pub fn now_millis() -> u64 {
    u64::try_from(chrono::Utc::now().timestamp_millis()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ticks_are_strictly_increasing_even_when_the_wall_clock_goes_back() {
        let mut c = Clock::new(7, None);
        let a = c.tick(1_000);
        let b = c.tick(900);
        let d = c.tick(1_000);
        assert!(a < b && b < d, "{a} {b} {d}");
        assert_eq!(b.millis, 1_000);
    }

    #[test]
    fn observe_moves_past_a_remote_stamp_from_the_future() {
        let mut c = Clock::new(1, None);
        c.observe(Hlc { millis: 5_000, counter: 3, node: 2 }, 1_000);
        let t = c.tick(1_000);
        assert!(t > Hlc { millis: 5_000, counter: 3, node: 2 });
    }

    #[test]
    fn a_full_counter_carries_into_the_next_millisecond_and_stays_readable() {
        let mut c = Clock::new(1, None);
        let full = Hlc { millis: 5_000, counter: MAX_COUNTER, node: 2 };
        c.observe(full, 1_000);
        let after = c.last();
        let t = c.tick(1_000);
        for stamp in [after, t] {
            assert!(stamp > full, "{stamp} after {full}");
            assert_eq!(stamp.to_string().parse::<Hlc>().unwrap(), stamp);
        }
        assert_eq!((t.millis, t.counter), (5_001, 1));
    }

    proptest! {
        #[test]
        fn text_form_round_trips_and_sorts_like_the_clock(
            a in (0u64..1 << 48, 0u32..1 << 24, any::<u64>()),
            b in (0u64..1 << 48, 0u32..1 << 24, any::<u64>()),
        ) {
            let a = Hlc { millis: a.0, counter: a.1, node: a.2 };
            let b = Hlc { millis: b.0, counter: b.1, node: b.2 };
            prop_assert_eq!(a.to_string().parse::<Hlc>().unwrap(), a);
            prop_assert_eq!(a.cmp(&b), a.to_string().cmp(&b.to_string()));
        }

        #[test]
        fn text_form_is_the_padded_hex_of_each_part(millis in any::<u64>(), counter in any::<u32>(), node in any::<u64>()) {
            // Below 2^48 ms and 2^24 ticks, as every stamp is; above, written whole rather than cut.
            let millis = millis >> 16;
            prop_assert_eq!(
                Hlc { millis, counter, node }.to_string(),
                format!("{millis:012x}-{counter:06x}-{node:016x}")
            );
        }
    }
}
