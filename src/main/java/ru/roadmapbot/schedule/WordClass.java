package ru.roadmapbot.schedule;

/** What a word means to the schedule grammar; the value that goes with it is in {@link Lexicon.Word}. */
enum WordClass {
    MONTH,            // value 1..12
    WEEKDAY,          // value 1..7 (ISO), "среда", "вт"
    WEEKDAYS,         // plural dative, value 1..7: "по средам"
    UNIT,             // value: Unit ordinal; "неделю", "квартал", "года"
    CARDINAL,         // value: n; "две", "трех"
    ORDINAL,          // value: n; "первое", "второй"
    ROMAN,            // value: n; "I", "IV"
    EVERY,            // value: Cadence ordinal; "ежемесячно", "ежегодно"
    TIMES,            // "раз", "раза"
    EACH,             // "каждый", "каждую"
    UNTIL,            // "до"
    THROUGH,          // "по" (also a marker preposition: "по плану")
    BY,               // "к", "ко"
    FROM,             // "с", "со", "от", "начиная"
    IN,               // "в", "во", "на"
    NOT,              // "не"
    LATER,            // "позднее", "позже"
    TERM_WORD,        // "срок"
    DURING,           // "течение", "ходе", "протяжении", "рамках", "период"
    WHOLE,            // "весь", "всего", "всей"
    SPAN,             // "периода", "срока", "проекта", "реализации": the roadmap's own run
    ACADEMIC,         // "учебный", "учебного", "уч"
    CALENDAR,         // "календарного"
    BEGINNING,        // "начало", "начале"
    MIDDLE,           // "середина"
    END,              // "конец", "конца"
    HALF,             // "половина", "половине"
    DECADE,           // "декада"
    SEASON,           // value: 1 winter, 2 spring, 3 summer, 4 autumn
    CONSTANTLY,       // "постоянно", "систематически"
    MARKER,           // "плану", "графику", "мере", "необходимости": an external plan or a condition
    RELATIVE,         // "после", "окончании": relative to an event that has no date here
    DAY_OF_MONTH,     // "числа", "число"
    AND,              // "и", "или"
    QUALIFIER,        // "реже", "менее", "более", "чаще": "не реже 1 раза в неделю" reads as "1 раз в неделю"
    LAST,             // "последний", "последнюю": "каждую последнюю пятницу месяца"
    HOLIDAYS,         // "каникулы": with a season, the school holidays
    ONWARD,           // "далее": "март 2022 года и далее ежемесячно" runs on from March
    FILLER,           // "включительно", "текущего", "отчетным": words schedule cells use that change no date
    EVENT             // "ГИА", "ВПР", "подготовки": an event whose dates are set elsewhere; "к ГИА 2021" is no deadline
}
