package ru.roadmapbot.schedule;

import java.util.HashMap;
import java.util.Map;

/**
 * The words the schedule grammar knows, in every case form roadmaps use them ("март", "марта", "марте";
 * "среда", "среду", "средам"). Built once; lookups are a single hash probe so parsing stays fast.
 */
final class Lexicon {

    /** @param plural a plural form where it matters: "годы", "гг." after two years make them a range */
    record Word(WordClass wordClass, int value, boolean plural) {
    }

    private static final Map<String, Word> WORDS = build();

    private Lexicon() {
    }

    static Word lookup(String lowercaseWord) {
        return WORDS.get(lowercaseWord);
    }

    private static Map<String, Word> build() {
        Map<String, Word> words = new HashMap<>(1024);
        months(words);
        weekdays(words);
        numbers(words);
        units(words);
        cadences(words);
        put(words, WordClass.TIMES, 0, "раз", "раза");
        put(words, WordClass.EACH, 0, "каждый", "каждую", "каждое", "каждого", "каждой", "каждые", "каждом",
                "каждых", "каждая");
        put(words, WordClass.UNTIL, 0, "до");
        put(words, WordClass.THROUGH, 0, "по");
        put(words, WordClass.BY, 0, "к", "ко");
        put(words, WordClass.FROM, 0, "с", "со", "от", "начиная", "начать", "c");
        put(words, WordClass.IN, 0, "в", "во", "на");
        put(words, WordClass.NOT, 0, "не");
        put(words, WordClass.LATER, 0, "позднее", "позже");
        put(words, WordClass.TERM_WORD, 0, "срок", "сроки");
        put(words, WordClass.DURING, 0, "течение", "течении", "ходе", "протяжении", "рамках", "период",
                "продолжение");
        put(words, WordClass.WHOLE, 0, "весь", "всего", "всей", "всю", "всё", "все");
        put(words, WordClass.SPAN, 0, "периода", "срока", "проекта", "реализации", "действия", "программы",
                "работы", "карты");
        put(words, WordClass.ACADEMIC, 0, "учебный", "учебного", "учебном", "учебному", "учебным", "уч",
                "учебные", "учебных");
        put(words, WordClass.CALENDAR, 0, "календарный", "календарного", "календарном", "календарному");
        put(words, WordClass.BEGINNING, 0, "начало", "начала", "начале", "началу", "началом");
        put(words, WordClass.MIDDLE, 0, "середина", "середины", "середине", "середину");
        put(words, WordClass.END, 0, "конец", "конца", "конце", "концу", "окончание", "окончания");
        put(words, WordClass.HALF, 0, "половина", "половины", "половине", "половину");
        put(words, WordClass.DECADE, 0, "декада", "декады", "декаде", "декаду");
        put(words, WordClass.SEASON, 1, "зима", "зимой", "зимний", "зимнего", "зимние", "зимних", "зиму");
        put(words, WordClass.SEASON, 2, "весна", "весной", "весенний", "весеннего", "весну", "весенние", "весенних");
        put(words, WordClass.SEASON, 3, "лето", "летом", "летний", "летнего", "летние", "летних", "летнем");
        put(words, WordClass.SEASON, 4, "осень", "осенью", "осенний", "осеннего", "осенние", "осенних");
        put(words, WordClass.CONSTANTLY, 0, "постоянно", "систематически", "регулярно", "постоянной", "постоянная");
        put(words, WordClass.FILLER, 0, "включительно", "чем", "текущего", "текущий", "текущем", "текущему", "т",
                "дата", "даты", "дату", "проведения", "исполнения", "выполнения", "следующего", "следующий",
                "следующем", "следующим", "за", "отчетным", "отчетного", "отчетный", "отчетном", "отчетная",
                "основе", "мероприятия", "мероприятий", "но", "а", "также", "периодом", "периоду");
        put(words, WordClass.EVENT, 0, "гиа", "огэ", "егэ", "впр", "подготовки", "подготовке", "подготовка",
                "подготовку");
        put(words, WordClass.MARKER, 0, "плану", "план", "плана", "планом", "планам", "планов", "графику",
                "график", "графиком", "графика", "графиков", "расписанию", "расписанием", "мере", "необходимости",
                "потребности", "отдельному", "отдельным", "согласно", "соответствии", "запросу", "запросам",
                "согласованию", "итогам", "факту", "приглашению", "требованию", "поступления", "заявкам",
                "заявке", "решению", "указанию", "установленные", "установленным", "установленный", "установленном",
                "утвержденному", "утвержденным", "утвержденные", "определяемые", "приказу", "распоряжению", "письму",
                "регламенту", "положению", "циклограмме");
        put(words, WordClass.RELATIVE, 0, "после", "окончании", "завершении", "получения", "утверждения");
        put(words, WordClass.DAY_OF_MONTH, 0, "числа", "число");
        put(words, WordClass.AND, 0, "и", "или");
        put(words, WordClass.ONWARD, 0, "далее", "впредь");
        put(words, WordClass.LAST, 0, "последний", "последнюю", "последняя", "последнего", "последней", "последнее",
                "последнем");
        put(words, WordClass.HOLIDAYS, 0, "каникулы", "каникул", "каникулах", "каникулам", "каникулярный",
                "каникулярное", "каникулярного", "каникулярном");
        put(words, WordClass.QUALIFIER, 0, "реже", "чаще", "менее", "более", "минимум", "максимум", "примерно",
                "около", "ориентировочно");
        return Map.copyOf(words);
    }

    private static void months(Map<String, Word> words) {
        String[] softStems = {"январ", "феврал", null, "апрел", null, "июн", "июл", null, "сентябр", "октябр",
                "ноябр", "декабр"};
        String[] softEndings = {"ь", "я", "е", "ю", "ем", "ём"};
        String[] hardEndings = {"", "а", "е", "у", "ом"};
        for (int m = 1; m <= 12; m++) {
            String stem = softStems[m - 1];
            if (stem != null) {
                for (String ending : softEndings) {
                    put(words, WordClass.MONTH, m, stem + ending);
                }
            }
        }
        for (String ending : hardEndings) {
            put(words, WordClass.MONTH, 3, "март" + ending);
            put(words, WordClass.MONTH, 8, "август" + ending);
        }
        put(words, WordClass.MONTH, 5, "май", "мая", "мае", "маю", "маем");
        String[][] abbreviations = {{"янв"}, {"фев", "февр"}, {"мар"}, {"апр"}, {}, {"июн"}, {"июл"}, {"авг"},
                {"сен", "сент"}, {"окт"}, {"ноя", "нояб"}, {"дек"}};
        for (int m = 1; m <= 12; m++) {
            put(words, WordClass.MONTH, m, abbreviations[m - 1]);
        }
    }

    private static void weekdays(Map<String, Word> words) {
        String[][] singular = {
                {"понедельник", "понедельника", "понедельнику", "понедельником", "понедельники", "пн"},
                {"вторник", "вторника", "вторнику", "вторником", "вторники", "вт"},
                {"среда", "среду", "среды", "среде", "средой", "ср"},
                {"четверг", "четверга", "четвергу", "четвергом", "четверги", "чт"},
                {"пятница", "пятницу", "пятницы", "пятнице", "пятницей", "пт"},
                {"суббота", "субботу", "субботы", "субботе", "субботой", "сб"},
                {"воскресенье", "воскресенья", "воскресенью", "воскресеньем", "вс"}};
        String[] plural = {"понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам",
                "воскресеньям"};
        for (int d = 1; d <= 7; d++) {
            put(words, WordClass.WEEKDAY, d, singular[d - 1]);
            put(words, WordClass.WEEKDAYS, d, plural[d - 1]);
        }
    }

    private static void numbers(Map<String, Word> words) {
        put(words, WordClass.CARDINAL, 1, "один", "одна", "одно", "одного", "одну", "одной", "однажды");
        put(words, WordClass.CARDINAL, 2, "два", "две", "двух", "дважды");
        put(words, WordClass.CARDINAL, 3, "три", "трех", "трёх", "трижды");
        put(words, WordClass.CARDINAL, 4, "четыре", "четырех", "четырёх");
        put(words, WordClass.CARDINAL, 5, "пять", "пяти");
        put(words, WordClass.CARDINAL, 6, "шесть", "шести");
        put(words, WordClass.CARDINAL, 7, "семь", "семи");
        put(words, WordClass.CARDINAL, 8, "восемь", "восьми");
        put(words, WordClass.CARDINAL, 9, "девять", "девяти");
        put(words, WordClass.CARDINAL, 10, "десять", "десяти");
        put(words, WordClass.CARDINAL, 12, "двенадцать", "двенадцати");
        String[] ordinalStems = {"перв", "втор", "трет", "четверт"};
        String[][] ordinalEndings = {
                {"ый", "ая", "ое", "ого", "ой", "ом", "ую", "ые", "ых"},
                {"ой", "ая", "ое", "ого", "ом", "ую", "ые", "ых"},
                {"ий", "ья", "ье", "ьего", "ьей", "ьем", "ью", "ьи", "ьих"},
                {"ый", "ая", "ое", "ого", "ой", "ом", "ую"}};
        for (int n = 1; n <= 4; n++) {
            for (String ending : ordinalEndings[n - 1]) {
                put(words, WordClass.ORDINAL, n, ordinalStems[n - 1] + ending);
            }
        }
        put(words, WordClass.ROMAN, 1, "i");
        put(words, WordClass.ROMAN, 2, "ii");
        put(words, WordClass.ROMAN, 3, "iii");
        put(words, WordClass.ROMAN, 4, "iv");
    }

    private static void units(Map<String, Word> words) {
        put(words, WordClass.UNIT, Unit.DAY.ordinal(), "день", "дня", "дней", "сутки", "суток");
        put(words, WordClass.UNIT, Unit.WEEK.ordinal(), "неделя", "неделю", "недели", "недель", "неделе", "неделей", "неделям", "нед");
        put(words, WordClass.UNIT, Unit.MONTH.ordinal(), "месяц", "месяца", "месяцев", "месяце", "месяцем", "месяцу", "месяцам", "мес");
        put(words, WordClass.UNIT, Unit.QUARTER.ordinal(), "квартал", "квартала", "кварталов", "квартале",
                "кварталы", "кварталом", "кварталу", "кварталам", "кв");
        put(words, WordClass.UNIT, Unit.HALF_YEAR.ordinal(), "полугодие", "полугодия", "полугодий", "полугодии",
                "полгода", "полугодье", "полугодием", "полугодию", "п/г");
        putPlural(words, WordClass.UNIT, Unit.YEAR.ordinal(), "годы", "годов", "годах", "гг", "годам");
        put(words, WordClass.UNIT, Unit.YEAR.ordinal(), "год", "года", "году", "годом", "лет", "г");
        put(words, WordClass.UNIT, Unit.SCHOOL_TERM.ordinal(), "четверть", "четверти", "четвертей", "четвертям", "четвертью");
        put(words, WordClass.UNIT, Unit.TRIMESTER.ordinal(), "триместр", "триместра", "триместре", "триместров");
    }

    private static void cadences(Map<String, Word> words) {
        put(words, WordClass.EVERY, Cadence.DAILY.ordinal(), "ежедневно", "ежедневный", "ежедневные");
        put(words, WordClass.EVERY, Cadence.WEEKLY.ordinal(), "еженедельно", "еженедельный", "еженедельные",
                "еженедельных", "еженедельного");
        put(words, WordClass.EVERY, Cadence.MONTHLY.ordinal(), "ежемесячно", "ежемесячный", "ежемесячные",
                "ежемесячного", "ежемесячных");
        put(words, WordClass.EVERY, Cadence.QUARTERLY.ordinal(), "ежеквартально", "ежеквартальный",
                "ежеквартальные", "ежеквартального");
        put(words, WordClass.EVERY, Cadence.HALF_YEARLY.ordinal(), "полугодично");
        put(words, WordClass.EVERY, Cadence.EVERY_SCHOOL_TERM.ordinal(), "ежечетвертно", "ежечетвертный",
                "ежечетвертные", "ежечетвертного", "ежечетвертная");
        put(words, WordClass.EVERY, Cadence.YEARLY.ordinal(), "ежегодно", "ежегодный", "ежегодные",
                "ежегодного", "ежегодных");
    }

    private static void put(Map<String, Word> words, WordClass wordClass, int value, String... forms) {
        Word word = new Word(wordClass, value, false);
        for (String form : forms) {
            words.putIfAbsent(form, word);
        }
    }

    private static void putPlural(Map<String, Word> words, WordClass wordClass, int value, String... forms) {
        Word word = new Word(wordClass, value, true);
        for (String form : forms) {
            words.putIfAbsent(form, word);
        }
    }
}
