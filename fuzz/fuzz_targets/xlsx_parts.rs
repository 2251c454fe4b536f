#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    ketenkompas_tests::fuzzing::xlsx_parts(data);
});
