#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    ketenkompas_tests::fuzzing::xls_import(data);
});
