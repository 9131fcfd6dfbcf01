package org.glassbox.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code _headers} rules: path patterns and the fields they add. */
class HeadersFileTest {

    private static final HeadersFile RULES = HeadersFile.parse("""
            # Comments and blank lines are skipped.

            /*.css
              Cache-Control: max-age=3600
            /slow/*
              Cache-Control: no-store
              X-Slow: yes
            /*
              X-Served-By: glassbox
            """);

    @Test
    void aStarMatchesAnyCharactersSlashesIncluded() {
        assertThat(RULES.fieldsFor("/style.css").get("Cache-Control")).containsExactly("max-age=3600");
        assertThat(RULES.fieldsFor("/deep/down/style.css").get("Cache-Control")).containsExactly("max-age=3600");
        assertThat(RULES.fieldsFor("/slow/a/b.html").get("X-Slow")).containsExactly("yes");
        assertThat(RULES.fieldsFor("/style.css.map").get("Cache-Control")).isNull();
    }

    @Test
    void everyMatchingBlockAppliesInFileOrder() {
        assertThat(RULES.fieldsFor("/slow/page.html")).containsOnlyKeys("Cache-Control", "X-Slow", "X-Served-By");
        assertThat(RULES.fieldsFor("/index.html")).containsOnlyKeys("X-Served-By");
        assertThat(RULES.problems()).isEmpty();
    }

    @Test
    void linesItCannotReadAreReportedAndSkipped() {
        HeadersFile file = HeadersFile.parse("Cache-Control: orphan\n/a.html\n  no colon here\n  X-Ok: 1\n");

        assertThat(file.fieldsFor("/a.html").get("X-Ok")).containsExactly("1");
        assertThat(file.problems()).containsExactly(
                "_headers line 1 ignored: not a /path, a Name: value field under one, or a # comment",
                "_headers line 3 ignored: not a /path, a Name: value field under one, or a # comment");
    }
}
