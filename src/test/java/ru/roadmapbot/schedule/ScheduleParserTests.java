package ru.roadmapbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** The grammar of schedule cells, one rule per test; the roadmap year is 2022 unless a test says otherwise. */
class ScheduleParserTests {

    private final ScheduleParser parser = new ScheduleParser();

    private Schedule parse(String cell) {
        return parser.parse(cell, 2022);
    }

    private static SchedulePart part(String start, String end) {
        return Parts.part(start, end);
    }

    @Test
    void numericDateIsASingleDay() {
        assertThat(parse("01.04.2021").parts()).containsExactly(part("2021-04-01", "2021-04-01"));
        assertThat(parse("1.4.21").parts()).containsExactly(part("2021-04-01", "2021-04-01"));
        assertThat(parse("01/04/2022").parts()).containsExactly(part("2022-04-01", "2022-04-01"));
    }

    @Test
    void dateWithMonthNameAndYearWord() {
        assertThat(parse("25 декабря 2022 г.").parts()).containsExactly(part("2022-12-25", "2022-12-25"));
        assertThat(parse("1 сентября").parts()).containsExactly(part("2022-09-01", "2022-09-01"));
    }

    @Test
    void monthsInEveryCaseMeanTheWholeMonth() {
        assertThat(parse("март 2022").parts()).containsExactly(part("2022-03-01", "2022-03-31"));
        assertThat(parse("в марте").parts()).containsExactly(part("2022-03-01", "2022-03-31"));
        assertThat(parse("в течение февраля").parts()).containsExactly(part("2022-02-01", "2022-02-28"));
        assertThat(parse("сент. 2022").parts()).containsExactly(part("2022-09-01", "2022-09-30"));
    }

    @Test
    void monthRangeTakesTheYearWrittenAfterIt() {
        assertThat(parse("март-декабрь 2022").parts()).containsExactly(part("2022-03-01", "2022-12-31"));
        assertThat(parse("апрель – июнь 2021").parts()).containsExactly(part("2021-04-01", "2021-06-30"));
    }

    @Test
    void rangesWithAnyDashAndWithSPo() {
        assertThat(parse("17.01.2022 – 04.02.2022").parts()).containsExactly(part("2022-01-17", "2022-02-04"));
        assertThat(parse("10.01.2022-26.12.2022").parts()).containsExactly(part("2022-01-10", "2022-12-26"));
        assertThat(parse("01.03.2022 — 15.03.2022").parts()).containsExactly(part("2022-03-01", "2022-03-15"));
        assertThat(parse("с 14 по 18 марта").parts()).containsExactly(part("2022-03-14", "2022-03-18"));
        assertThat(parse("14-18.03.2022").parts()).containsExactly(part("2022-03-14", "2022-03-18"));
    }

    @Test
    void minusSignAndFigureDashesAreDashesInRangesAndOrdinals() {
        assertThat(parse("14\u221218 марта 2022").parts()).containsExactly(part("2022-03-14", "2022-03-18"));
        assertThat(parse("1\u22122 квартал 2022").parts()).containsExactly(part("2022-01-01", "2022-06-30"));
        assertThat(parse("1\u2212й квартал 2022").parts()).containsExactly(part("2022-01-01", "2022-03-31"));
        assertThat(parse("1\u2012й квартал 2022").parts()).containsExactly(part("2022-01-01", "2022-03-31"));
        assertThat(parse("2\u2015е полугодие").parts()).containsExactly(part("2022-07-01", "2022-12-31"));
    }

    @Test
    void rangeAcrossYearsTakesTheEarlierYearForTheStart() {
        assertThat(parse("с 15 декабря 2022 по 15 января 2023 года").parts())
                .containsExactly(part("2022-12-15", "2023-01-15"));
        assertThat(parse("декабрь - февраль 2023").parts()).containsExactly(part("2022-12-01", "2023-02-28"));
        assertThat(parse("ноябрь 2022 – январь 2023").parts()).containsExactly(part("2022-11-01", "2023-01-31"));
    }

    @Test
    void listsGiveOnePartEachAndShareTheYearWrittenLast() {
        assertThat(parse("октябрь, ноябрь 2021г").parts())
                .containsExactly(part("2021-10-01", "2021-10-31"), part("2021-11-01", "2021-11-30"));
        assertThat(parse("10, 17 и 24 марта").parts()).containsExactly(part("2022-03-10", "2022-03-10"),
                part("2022-03-17", "2022-03-17"), part("2022-03-24", "2022-03-24"));
        assertThat(parse("07.02.2022 14.02.2022").parts())
                .containsExactly(part("2022-02-07", "2022-02-07"), part("2022-02-14", "2022-02-14"));
    }

    @Test
    void deadlineOfADayEndsOnThatDay() {
        assertThat(parse("до 01.04.2021").parts()).containsExactly(part(null, "2021-04-01"));
        assertThat(parse("не позднее 15 апреля").parts()).containsExactly(part(null, "2022-04-15"));
        assertThat(parse("в срок до 30.04.2021").parts()).containsExactly(part(null, "2021-04-30"));
        assertThat(parse("к 1 сентября").parts()).containsExactly(part(null, "2022-09-01"));
    }

    @Test
    void deadlineBeforeMonthMeansLastDayOfPreviousMonth() {
        assertThat(parse("До июня 2022 года").parts()).containsExactly(part(null, "2022-05-31"));
        assertThat(parse("до конца марта").parts()).containsExactly(part(null, "2022-03-31"));
        assertThat(parse("до конца года").parts()).containsExactly(part(null, "2022-12-31"));
    }

    @Test
    void quartersAndHalfYears() {
        assertThat(parse("I квартал 2022 года").parts()).containsExactly(part("2022-01-01", "2022-03-31"));
        assertThat(parse("1 кв. 2023").parts()).containsExactly(part("2023-01-01", "2023-03-31"));
        assertThat(parse("в IV квартале").parts()).containsExactly(part("2022-10-01", "2022-12-31"));
        assertThat(parse("2-е полугодие").parts()).containsExactly(part("2022-07-01", "2022-12-31"));
        assertThat(parse("III-IV квартал 2022 г.").parts()).containsExactly(part("2022-07-01", "2022-12-31"));
        assertThat(parse("I, II и III квартал").parts()).hasSize(3);
    }

    @Test
    void schoolTermsAndTrimestersTakeTheCalendarYearTheyStartIn() {
        assertThat(parse("3 четверть").parts()).containsExactly(part("2022-01-01", "2022-03-31"));
        assertThat(parse("1 четверть 2022 года").parts()).containsExactly(part("2022-09-01", "2022-10-31"));
        assertThat(parse("2 триместр").parts()).containsExactly(part("2022-12-01", "2023-02-28"));
        assertThat(parse("III триместр").parts()).containsExactly(part("2022-03-01", "2022-05-31"));
        assertThat(parse("1-2 триместр").parts()).containsExactly(part("2022-09-01", "2023-02-28"));
        assertThat(parse("4 триместр").parts()).isEmpty();
    }

    @Test
    void academicYears() {
        assertThat(parse("2023/2024 учебный год").parts()).containsExactly(part("2023-09-01", "2024-05-31"));
        assertThat(parse("в течение 2021-2022 учебного года").parts()).containsExactly(part("2021-09-01", "2022-05-31"));
        assertThat(parse("первое полугодие 2022/2023 учебного года").parts())
                .containsExactly(part("2022-09-01", "2022-12-31"));
    }

    @Test
    void academicYearOfTheRoadmapComesFromItsApprovalDate() {
        Schedule approvedInSpring = parser.parse("в течение учебного года",
                new ScheduleContext(2021, LocalDate.of(2021, 3, 29)));
        Schedule approvedInAutumn = parser.parse("в течение учебного года",
                new ScheduleContext(2021, LocalDate.of(2021, 9, 10)));

        assertThat(approvedInSpring.parts()).containsExactly(part("2020-09-01", "2021-05-31"));
        assertThat(approvedInSpring.needsReview()).isFalse();
        assertThat(approvedInAutumn.parts()).containsExactly(part("2021-09-01", "2022-05-31"));
    }

    @Test
    void academicYearWithoutApprovalDateIsAGuessToReview() {
        Schedule schedule = parser.parse("в течение учебного года", 2021);
        assertThat(schedule.parts()).containsExactly(part("2020-09-01", "2021-05-31"));
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.ACADEMIC_YEAR_GUESSED);
    }

    @Test
    void wholeRunOfTheRoadmapIsItsYear() {
        for (String cell : new String[]{"в течение года", "В течение всего периода", "в ходе реализации проекта «500+»",
                "постоянно", "весь период", "В течение 2022 года"}) {
            assertThat(parse(cell).parts()).as(cell).containsExactly(part("2022-01-01", "2022-12-31"));
        }
    }

    @Test
    void cadenceWordsRepeatOverTheRoadmapYear() {
        Schedule monthly = parse("ежемесячно");
        assertThat(monthly.parts()).containsExactly(part("2022-01-01", "2022-12-31"));
        assertThat(monthly.recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 1));
        assertThat(parse("еженедельно").recurrence()).isEqualTo(Recurrence.of(Frequency.WEEKLY, 1));
        assertThat(parse("ежеквартально").recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 3));
        assertThat(parse("ежегодно").recurrence()).isEqualTo(Recurrence.of(Frequency.YEARLY, 1));
    }

    @Test
    void timesPerPeriodBecomesAnInterval() {
        assertThat(parse("1 раз в две недели").recurrence()).isEqualTo(Recurrence.of(Frequency.WEEKLY, 2));
        assertThat(parse("1 раз в три месяца").recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 3));
        assertThat(parse("2 раза в год").recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 6));
        assertThat(parse("раз в полгода").recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 6));
        assertThat(parse("не реже 1 раза в неделю").recurrence()).isEqualTo(Recurrence.of(Frequency.WEEKLY, 1));
    }

    @Test
    void unevenTimesPerPeriodIsApproximateAndFlagged() {
        Schedule schedule = parse("2 раза в месяц");
        assertThat(schedule.recurrence()).isEqualTo(Recurrence.of(Frequency.WEEKLY, 2));
        assertThat(schedule.reviewReasons()).contains(ReviewReason.APPROXIMATE_FREQUENCY);
    }

    @Test
    void weekdayInBracketsAfterARangeMakesItWeekly() {
        Schedule schedule = parse("14.02.2022-30.03.2022 (среда)");
        assertThat(schedule.parts()).containsExactly(part("2022-02-14", "2022-03-30"));
        assertThat(schedule.recurrence()).isEqualTo(new Recurrence(Frequency.WEEKLY, 1, java.util.List.of(DayOfWeek.WEDNESDAY)));
        assertThat(schedule.recurrence().toRrule()).isEqualTo("FREQ=WEEKLY;INTERVAL=1;BYDAY=WE");
    }

    @Test
    void pluralWeekdaysRepeatWeekly() {
        assertThat(parse("по средам").recurrence().byDay()).containsExactly(DayOfWeek.WEDNESDAY);
        assertThat(parse("по вторникам и четвергам").recurrence().byDay())
                .containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(parse("каждую пятницу").recurrence().byDay()).containsExactly(DayOfWeek.FRIDAY);
    }

    @Test
    void weekdayNextToASingleDateOnlyNamesIt() {
        assertThat(parse("14.02.2022 (понедельник)").recurrence()).isNull();
        assertThat(parse("14.02.2022 (понедельник)").needsReview()).isFalse();
        assertThat(parse("14.02.2022 (среда)").reviewReasons()).containsExactly(ReviewReason.WEEKDAY_MISMATCH);
    }

    @Test
    void everyYearByADate() {
        Schedule schedule = parse("ежегодно до 1 марта");
        assertThat(schedule.parts()).containsExactly(part(null, "2022-03-01"));
        assertThat(schedule.recurrence()).isEqualTo(Recurrence.of(Frequency.YEARLY, 1));
    }

    @Test
    void dayOfTheMonthFollowingTheReportingOneIsMonthly() {
        Schedule schedule = parse("до 20 числа месяца, следующего за отчетным");
        assertThat(schedule.recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 1).withByMonthDay(20));
        assertThat(schedule.parts()).containsExactly(part("2022-01-01", "2022-12-31"));
    }

    @Test
    void timeOfDayIsKeptButDoesNotMakeADate() {
        Schedule schedule = parse("22.02.2022 в 10.00");
        assertThat(schedule.parts()).containsExactly(part("2022-02-22", "2022-02-22"));
        assertThat(schedule.times()).containsExactly(LocalTime.of(10, 0));
        assertThat(parse("28.02.2022 14:30").times()).containsExactly(LocalTime.of(14, 30));
    }

    @Test
    void externalPlanWithoutDateIsUnscheduled() {
        Schedule schedule = parse("по плану ДИРО");
        assertThat(schedule.unscheduled()).isTrue();
        assertThat(schedule.parts()).isEmpty();
        assertThat(schedule.externalPlan()).isEqualTo("по плану ДИРО");
        assertThat(parse("по мере необходимости").unscheduled()).isTrue();
        assertThat(parse("По отдельному графику").unscheduled()).isTrue();
    }

    @Test
    void externalPlanThatNamesADateIsScheduled() {
        Schedule schedule = parse("По плану ГБУ ДПО РД «ДИРО» октябрь 2022");
        assertThat(schedule.unscheduled()).isFalse();
        assertThat(schedule.parts()).containsExactly(part("2022-10-01", "2022-10-31"));
        assertThat(schedule.externalPlan()).isEqualTo("По плану ГБУ ДПО РД «ДИРО»");
    }

    @Test
    void explicitYearWinsOverTheRoadmapYear() {
        assertThat(parse("17.12.2021").parts()).containsExactly(part("2021-12-17", "2021-12-17"));
    }

    @Test
    void mistypedYearIsFlaggedAndNotGuessedSilently() {
        Schedule schedule = parse("апрель-май 20212");
        assertThat(schedule.needsReview()).isTrue();
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.YEAR_TYPO);
    }

    @Test
    void impossibleDateIsFlagged() {
        Schedule schedule = parse("31.02.2022");
        assertThat(schedule.parts()).isEmpty();
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.INVALID_DATE);
    }

    @Test
    void farAwayYearIsFlagged() {
        assertThat(parse("01.04.2012").reviewReasons()).containsExactly(ReviewReason.IMPLAUSIBLE_YEAR);
    }

    @Test
    void dateWithCommasIsReadButFlagged() {
        Schedule schedule = parse("01,04,2022");
        assertThat(schedule.parts()).containsExactly(part("2022-04-01", "2022-04-01"));
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.DATE_TYPO);
    }

    @Test
    void unknownWordsNeedReview() {
        Schedule schedule = parse("когда получится");
        assertThat(schedule.parts()).isEmpty();
        assertThat(schedule.unscheduled()).isFalse();
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.NOT_UNDERSTOOD);
        assertThat(parse("   ").reviewReasons()).containsExactly(ReviewReason.EMPTY);
    }

    @Test
    void wordsBetweenAPrepositionAndAYearBreakTheDeadline() {
        Schedule schedule = parse("в рамках подготовки к ГИА 2021", 2021);
        assertThat(schedule.parts()).containsExactly(part("2021-01-01", "2021-12-31"));
    }

    @Test
    void openRangeRunsToTheEndOfTheYearAndIsFlagged() {
        Schedule schedule = parse("с 01.09.2022");
        assertThat(schedule.parts()).containsExactly(part("2022-09-01", "2022-12-31"));
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.OPEN_RANGE);
    }

    @Test
    void slicesOfMonthsAndSeasons() {
        assertThat(parse("первая половина марта").parts()).containsExactly(part("2022-03-01", "2022-03-15"));
        assertThat(parse("в конце мая").parts()).containsExactly(part("2022-05-21", "2022-05-31"));
        assertThat(parse("2 декада сентября").parts()).containsExactly(part("2022-09-11", "2022-09-20"));
        assertThat(parse("летний период 2022 года").parts()).containsExactly(part("2022-06-01", "2022-08-31"));
    }

    @Test
    void isoDatesFromSpreadsheets() {
        assertThat(parse("2022-03-15").parts()).containsExactly(part("2022-03-15", "2022-03-15"));
        assertThat(parse("2022.03.15").parts()).containsExactly(part("2022-03-15", "2022-03-15"));
    }

    @Test
    void spaceBeforeTheYearOfADateKeepsTheDateWhole() {
        assertThat(parse("01.09. 2023").parts()).containsExactly(part("2023-09-01", "2023-09-01"));
        assertThat(parse("с 01.09. 2023 по 31.05. 2024").parts()).containsExactly(part("2023-09-01", "2024-05-31"));
        assertThat(parse("01.09. 10.00").times()).isNotEmpty();
    }

    @Test
    void dayOfTheMonthAfterAReportingQuarterIsQuarterly() {
        assertThat(parse("До 1 числа месяца, следующего за отчетным кварталом").recurrence())
                .isEqualTo(Recurrence.of(Frequency.MONTHLY, 3).withByMonthDay(1));
    }

    @Test
    void lastWeekdayOfTheMonthIsMonthlyAndFlagged() {
        Schedule schedule = parse("каждую последнюю пятницу месяца");
        assertThat(schedule.recurrence().frequency()).isEqualTo(Frequency.MONTHLY);
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.APPROXIMATE_FREQUENCY);
    }

    @Test
    void spansCountedFromAnEventWithoutADateAreRelative() {
        assertThat(parse("за 2 недели до ГИА").reviewReasons()).containsExactly(ReviewReason.RELATIVE);
        assertThat(parse("в течение 3 дней").reviewReasons()).containsExactly(ReviewReason.RELATIVE);
        assertThat(parse("в течение 10 дней после проведения мероприятия").unscheduled()).isTrue();
    }

    @Test
    void schoolHolidaysAreApproximateAndFlagged() {
        Schedule spring = parse("в период весенних каникул");
        assertThat(spring.parts()).containsExactly(part("2022-03-21", "2022-03-31"));
        assertThat(spring.reviewReasons()).containsExactly(ReviewReason.APPROXIMATE_DATES);
        assertThat(parse("зимние каникулы 2023").parts()).containsExactly(part("2022-12-28", "2023-01-10"));
    }

    @Test
    void monthAndYearInDigits() {
        assertThat(parse("03.2022").parts()).containsExactly(part("2022-03-01", "2022-03-31"));
    }

    @Test
    void repeatingFromAStartRunsToTheEndOfTheYearWithoutAFlag() {
        Schedule onward = parse("март 2022 года и далее ежемесячно");
        assertThat(onward.parts()).containsExactly(part("2022-03-01", "2022-12-31"));
        Schedule from = parse("ежемесячно с марта 2022 года");
        assertThat(from.parts()).containsExactly(part("2022-03-01", "2022-12-31"));
        assertThat(from.needsReview()).isFalse();
    }

    @Test
    void twoYearsWithoutADashBeforeAPluralAreASpan() {
        assertThat(parse("2023 2025 годы").parts()).containsExactly(part("2023-01-01", "2025-12-31"));
        assertThat(parse("в течение 2023 2024 гг.").parts()).containsExactly(part("2023-01-01", "2024-12-31"));
        assertThat(parse("2023 2025 г.г.").parts()).containsExactly(part("2023-01-01", "2025-12-31"));
    }

    @Test
    void twoYearsWithACommaAreAList() {
        assertThat(parse("2024, 2025 гг.").parts())
                .containsExactly(part("2024-01-01", "2024-12-31"), part("2025-01-01", "2025-12-31"));
    }

    @Test
    void dayOfTheMonthInARecurrenceIsKept() {
        assertThat(parse("ежеквартально до 5 числа").recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 3).withByMonthDay(5));
        assertThat(parse("до 10 числа каждого месяца").recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 1).withByMonthDay(10));
        assertThat(parse("ежемесячно, до 25 числа").recurrence().toRrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=25");
        assertThat(parse("ежемесячно до 5 числа").parts()).containsExactly(part("2022-01-01", "2022-12-31"));
    }

    @Test
    void halfYearWithoutAYearInARoadmapForASchoolYearIsTheSchoolsHalf() {
        ScheduleContext approvedInAutumn = new ScheduleContext(2022, LocalDate.of(2022, 9, 1));

        assertThat(parser.parse("II полугодие", approvedInAutumn).parts()).containsExactly(part("2023-01-01", "2023-05-31"));
        assertThat(parser.parse("I полугодие", approvedInAutumn).parts()).containsExactly(part("2022-09-01", "2022-12-31"));
        assertThat(parser.parse("во 2 полугодии", approvedInAutumn).needsReview()).isFalse();
    }

    @Test
    void halfYearInARoadmapApprovedBeforeTheSchoolYearIsTheCalendars() {
        ScheduleContext approvedInSpring = new ScheduleContext(2022, LocalDate.of(2022, 3, 20));

        assertThat(parser.parse("II полугодие", approvedInSpring).parts()).containsExactly(part("2022-07-01", "2022-12-31"));
        assertThat(parser.parse("II полугодие", approvedInSpring).needsReview()).isFalse();
    }

    @Test
    void halfYearThatNoContextPlacesIsFlagged() {
        Schedule schedule = parse("II полугодие");
        assertThat(schedule.parts()).containsExactly(part("2022-07-01", "2022-12-31"));
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.CALENDAR_OR_ACADEMIC);
        assertThat(parse("II полугодие 2022 года").needsReview()).isFalse();
        assertThat(parse("II полугодие 2022/2023 учебного года").parts()).containsExactly(part("2023-01-01", "2023-05-31"));
    }

    @Test
    void termsWorkFollowsSchoolTerms() {
        for (String cell : new String[]{"1 раз в четверть", "ежечетвертно", "каждую четверть"}) {
            Schedule schedule = parse(cell);
            assertThat(schedule.recurrence()).as(cell).isEqualTo(Recurrence.everySchoolTerm());
            assertThat(schedule.recurrence().interval()).as(cell).isEqualTo(3);
        }
        assertThat(parse("ежеквартально").recurrence().schoolTerms()).isFalse();
    }

    @Test
    void termOfANamedSchoolYearIsInTheCalendarYearItFallsIn() {
        assertThat(parse("3 четверть 2023-2024 учебного года").parts()).containsExactly(part("2024-01-01", "2024-03-31"));
        assertThat(parse("1 четверть 2023/2024 уч. года").parts()).containsExactly(part("2023-09-01", "2023-10-31"));
        assertThat(parse("II триместр 2023/2024 учебного года").parts()).containsExactly(part("2023-12-01", "2024-02-29"));
        ScheduleContext approvedInAutumn = new ScheduleContext(2023, LocalDate.of(2023, 8, 30));
        assertThat(parser.parse("4 четверть", approvedInAutumn).parts()).containsExactly(part("2024-04-01", "2024-05-31"));
    }

    @Test
    void listWithoutYearsThatGoesBackInTheYearIsFlagged() {
        Schedule schedule = parse("август, январь");
        assertThat(schedule.parts()).containsExactly(part("2022-08-01", "2022-08-31"), part("2022-01-01", "2022-01-31"));
        assertThat(schedule.reviewReasons()).containsExactly(ReviewReason.YEAR_WRAP);
        assertThat(parse("Март, октябрь, декабрь.").needsReview()).isFalse();
        assertThat(parse("декабрь 2022, январь 2023").needsReview()).isFalse();
    }

    @Test
    void weekOfAMonthIsItsSevenDaysFlaggedAsApproximate() {
        Schedule first = parse("первая неделя сентября");
        assertThat(first.parts()).containsExactly(part("2022-09-01", "2022-09-07"));
        assertThat(first.reviewReasons()).containsExactly(ReviewReason.APPROXIMATE_DATES);
        assertThat(parse("2 неделя в октябре").parts()).containsExactly(part("2022-10-08", "2022-10-14"));
        assertThat(parse("последняя неделя февраля 2024").parts()).containsExactly(part("2024-02-23", "2024-02-29"));
    }

    @Test
    void lastWeekdayOfTheMonthKeepsNoWeekdayItCannotSay() {
        for (String cell : new String[]{"ежемесячно (последняя пятница месяца)", "каждую последнюю пятницу месяца"}) {
            Schedule schedule = parse(cell);
            assertThat(schedule.recurrence()).as(cell).isEqualTo(Recurrence.of(Frequency.MONTHLY, 1));
            assertThat(schedule.reviewReasons()).as(cell).containsExactly(ReviewReason.APPROXIMATE_FREQUENCY);
        }
    }

    @Test
    void deadlineThatComesBackEveryYearStaysADeadline() {
        Schedule schedule = parse("до 01.09.2022, далее ежегодно");
        assertThat(schedule.parts()).containsExactly(part(null, "2022-09-01"));
        assertThat(schedule.recurrence()).isEqualTo(Recurrence.of(Frequency.YEARLY, 1));
    }

    @Test
    void wholeSchoolYearIsTheRoadmapsSchoolYear() {
        assertThat(parser.parse("весь учебный год", new ScheduleContext(2022, LocalDate.of(2022, 9, 1))).parts())
                .containsExactly(part("2022-09-01", "2023-05-31"));
    }

    @Test
    void monthsOfANamedSchoolYearFallInItsTwoCalendarYears() {
        assertThat(parse("сентябрь – май 2023-2024 уч. года").parts()).containsExactly(part("2023-09-01", "2024-05-31"));
        assertThat(parse("май 2023/24 учебного года").parts()).containsExactly(part("2024-05-01", "2024-05-31"));
        assertThat(parse("октябрь-декабрь 2023/2024 учебного года").parts()).containsExactly(part("2023-10-01", "2023-12-31"));
    }

    @Test
    void firstWeekdayOfEachMonthIsAMonthlyRuleOnThatWeekday() {
        Schedule schedule = parse("каждая первая среда месяца");
        assertThat(schedule.recurrence()).isEqualTo(new Recurrence(Frequency.MONTHLY, 1, java.util.List.of(DayOfWeek.WEDNESDAY)));
        assertThat(schedule.needsReview()).isFalse();
        Schedule second = parse("каждый второй вторник месяца");
        assertThat(second.recurrence()).isEqualTo(Recurrence.of(Frequency.MONTHLY, 1));
        assertThat(second.reviewReasons()).containsExactly(ReviewReason.APPROXIMATE_FREQUENCY);
        assertThat(parse("1-я неделя октября").parts()).containsExactly(part("2022-10-01", "2022-10-07"));
    }

    @Test
    void daysWrittenAsOrdinalsAreDays() {
        assertThat(parse("5-е апреля").parts()).containsExactly(part("2022-04-05", "2022-04-05"));
        assertThat(parse("с 1-го по 5-е апреля").parts()).containsExactly(part("2022-04-01", "2022-04-05"));
    }

    @Test
    void listOfHalvesOfANamedSchoolYearAreThatYearsHalves() {
        assertThat(parse("1, 2 полугодие 2023-2024 уч.г.").parts())
                .containsExactly(part("2023-09-01", "2023-12-31"), part("2024-01-01", "2024-05-31"));
    }

    @Test
    void spanBesideADateIsAnUnplacedWord() {
        assertThat(parse("октябрь 2022 (1 неделя)").reviewReasons()).containsExactly(ReviewReason.UNPLACED_WORDS);
    }

    @Test
    void monthAfterTheYearItBelongsToIsThatMonthOnly() {
        assertThat(parse("2023 г. (сентябрь)").parts()).containsExactly(part("2023-09-01", "2023-09-30"));
        assertThat(parse("2024, 2025 гг.").parts()).hasSize(2);
    }

    private Schedule parse(String cell, int year) {
        return parser.parse(cell, year);
    }
}
