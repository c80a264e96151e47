//! The registration proof of work on every core: threads try nonces over `finney-pow`'s seal,
//! each its own residue class of nonces, over the newest block they are given.
//!
//! The seal is the chain's (`finney_pow`, design 4.2); only the search is parallel. A solution
//! is valid over one of the 3 blocks before the block the registration lands in, so the
//! caller gives the solver each new best block ([`Solver::set_block`]) and the threads move to
//! it at once: the search is memoryless, nothing is lost by switching.

use std::{
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc, Mutex,
    },
    thread::JoinHandle,
};

use finney_pow::{pre_seal, seal_meets_difficulty, seal_with_pre, Hash};

/// Nonces a thread tries between two looks at the shared state.
const BATCH: u64 = 2048;

/// A solution over a given block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// The block the work was done over.
    pub block_number: u64,
    /// The nonce.
    pub nonce: u64,
    /// Its seal, the `work` of the `register` call.
    pub work: Hash,
}

#[derive(Clone, Copy)]
struct Job {
    block_number: u64,
    pre_seal: Hash,
}

struct Shared {
    job: Mutex<Option<Job>>,
    generation: AtomicU64,
    stop: AtomicBool,
    hashes: AtomicU64,
    found: Mutex<Option<Found>>,
}

/// A running multi-threaded search.
pub struct Solver {
    shared: Arc<Shared>,
    threads: Vec<JoinHandle<()>>,
    hotkey: [u8; 32],
}

/// The number of threads to use by default: every core.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map(usize::from).unwrap_or(1)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Solver {
    /// Starts `threads` threads (at least 1) looking for seals of `hotkey` that meet
    /// `difficulty`; they wait for a first [`Solver::set_block`]. `start_nonce` is where the
    /// search starts (a random value, so two solvers do not repeat each other).
    pub fn start(hotkey: [u8; 32], difficulty: u64, threads: usize, start_nonce: u64) -> Self {
        let threads = threads.max(1);
        let shared = Arc::new(Shared {
            job: Mutex::new(None),
            generation: AtomicU64::new(0),
            stop: AtomicBool::new(false),
            hashes: AtomicU64::new(0),
            found: Mutex::new(None),
        });
        let stride = u64::try_from(threads).unwrap_or(1);
        let handles = (0..stride)
            .map(|index| {
                let shared = Arc::clone(&shared);
                std::thread::spawn(move || {
                    search(&shared, difficulty, start_nonce.wrapping_add(index), stride)
                })
            })
            .collect();
        Solver { shared, threads: handles, hotkey }
    }

    /// Moves the search to the block `number` with hash `hash`.
    pub fn set_block(&self, number: u64, hash: &Hash) {
        let job = Job { block_number: number, pre_seal: pre_seal(hash, &self.hotkey) };
        *lock(&self.shared.job) = Some(job);
        self.shared.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// The seals tried so far, over all threads.
    pub fn hashes(&self) -> u64 {
        self.shared.hashes.load(Ordering::Relaxed)
    }

    /// The first solution found since the last call, if any.
    pub fn take(&self) -> Option<Found> {
        lock(&self.shared.found).take()
    }

    /// Stops the threads and waits for them.
    pub fn stop(mut self) {
        self.halt();
    }

    fn halt(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        for handle in self.threads.drain(..) {
            let _ = handle.join();
        }
    }
}

impl Drop for Solver {
    fn drop(&mut self) {
        self.halt();
    }
}

/// One thread: nonces `first`, `first + stride`, ... over the current job, restarting from
/// `first` whenever the job changes.
fn search(shared: &Shared, difficulty: u64, first: u64, stride: u64) {
    let mut generation = u64::MAX;
    let mut job: Option<Job> = None;
    let mut nonce = first;
    while !shared.stop.load(Ordering::Relaxed) {
        let now = shared.generation.load(Ordering::SeqCst);
        if now != generation {
            generation = now;
            job = *lock(&shared.job);
            nonce = first;
        }
        let Some(current) = job else {
            std::thread::sleep(std::time::Duration::from_millis(5));
            continue;
        };
        let mut hit = None;
        for _ in 0..BATCH {
            let work = seal_with_pre(&current.pre_seal, nonce);
            if hit.is_none() && seal_meets_difficulty(&work, difficulty) {
                hit = Some(Found { block_number: current.block_number, nonce, work });
            }
            nonce = nonce.wrapping_add(stride);
        }
        // Counted before a solution is published, so a caller that sees it sees the count.
        shared.hashes.fetch_add(BATCH, Ordering::Relaxed);
        if let Some(hit) = hit {
            let mut found = lock(&shared.found);
            if found.is_none() {
                *found = Some(hit);
            }
        }
    }
}

/// Hashes per second of `threads` threads over `seconds`, at a difficulty no seal meets.
pub fn measure(threads: usize, seconds: f64) -> f64 {
    let solver = Solver::start([7u8; 32], u64::MAX, threads, 0);
    solver.set_block(1, &[1u8; 32]);
    let started = std::time::Instant::now();
    std::thread::sleep(std::time::Duration::from_secs_f64(seconds.max(0.1)));
    let hashes = solver.hashes();
    let elapsed = started.elapsed().as_secs_f64();
    solver.stop();
    hashes as f64 / elapsed
}

/// Hashes per second of `finney_pow::solve` itself (one thread) over about `seconds`.
pub fn measure_reference(seconds: f64) -> f64 {
    let started = std::time::Instant::now();
    let mut tried: u64 = 0;
    let chunk: u64 = 20_000;
    while started.elapsed().as_secs_f64() < seconds.max(0.1) {
        let _ = finney_pow::solve(&[1u8; 32], &[7u8; 32], u64::MAX, tried, chunk);
        tried = tried.saturating_add(chunk);
    }
    tried as f64 / started.elapsed().as_secs_f64()
}

/// A rate for people: `1.23 MH/s`.
pub fn format_rate(per_second: f64) -> String {
    if per_second >= 1e6 {
        format!("{:.2} MH/s", per_second / 1e6)
    } else if per_second >= 1e3 {
        format!("{:.1} kH/s", per_second / 1e3)
    } else {
        format!("{per_second:.0} H/s")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::arithmetic_side_effects)]
    use super::*;

    fn wait_for(solver: &Solver) -> Found {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            if let Some(found) = solver.take() {
                return found;
            }
            assert!(std::time::Instant::now() < deadline, "no seal within 60 s");
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }

    #[test]
    fn threads_find_a_valid_seal() {
        let hotkey = [9u8; 32];
        let block = [7u8; 32];
        for threads in [1, 2, 4] {
            let solver = Solver::start(hotkey, 1_000, threads, 12_345);
            solver.set_block(42, &block);
            let found = wait_for(&solver);
            assert_eq!(found.block_number, 42);
            assert_eq!(finney_pow::verify(&block, &hotkey, found.nonce, 1_000), Some(found.work));
            assert!(solver.hashes() > 0);
            solver.stop();
        }
    }

    #[test]
    fn a_new_block_moves_the_search() {
        let hotkey = [3u8; 32];
        // Difficulty 1 accepts every seal: the first batch after the move solves the new block.
        let solver = Solver::start(hotkey, u64::MAX, 2, 0);
        solver.set_block(1, &[1u8; 32]);
        std::thread::sleep(std::time::Duration::from_millis(20));
        assert_eq!(solver.take(), None);
        solver.stop();
        let solver = Solver::start(hotkey, 1, 2, 0);
        solver.set_block(5, &[5u8; 32]);
        let found = wait_for(&solver);
        assert_eq!(found.block_number, 5);
        assert_eq!(finney_pow::verify(&[5u8; 32], &hotkey, found.nonce, 1), Some(found.work));
        // Drained: a later take gives a solution over the block set since.
        solver.set_block(6, &[6u8; 32]);
        let mut later = wait_for(&solver);
        while later.block_number != 6 {
            later = wait_for(&solver);
        }
        assert_eq!(finney_pow::verify(&[6u8; 32], &hotkey, later.nonce, 1), Some(later.work));
    }

    #[test]
    fn rates_are_readable() {
        assert_eq!(format_rate(1_234_567.0), "1.23 MH/s");
        assert_eq!(format_rate(45_600.0), "45.6 kH/s");
        assert_eq!(format_rate(12.0), "12 H/s");
        assert!(measure(1, 0.1) > 0.0);
    }
}
