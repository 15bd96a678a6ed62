"""Pure domain: values, rules and validation. No I/O, no SQL, no Qt."""
