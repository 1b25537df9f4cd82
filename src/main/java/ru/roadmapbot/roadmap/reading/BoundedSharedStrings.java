package ru.roadmapbot.roadmap.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared strings, read within the reading budget: a sheet of a million short strings keeps them all
 * here, so they count against the document's text before any row is read. Rich text runs are joined; phonetic
 * hints ({@code rPh}) are not text of the cell.
 */
final class BoundedSharedStrings implements SharedStrings {

    private final List<String> strings = new ArrayList<>();

    static BoundedSharedStrings read(OPCPackage container, ReadingBudget budget) throws IOException, SAXException {
        BoundedSharedStrings table = new BoundedSharedStrings();
        List<PackagePart> parts = container.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return table;
        }
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser", e);
        }
        parser.setContentHandler(new Handler(table.strings, budget));
        try (InputStream in = parts.get(0).getInputStream()) {
            parser.parse(new InputSource(in));
        }
        return table;
    }

    @Override
    public RichTextString getItemAt(int index) {
        return new XSSFRichTextString(index >= 0 && index < strings.size() ? strings.get(index) : "");
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    private static final class Handler extends DefaultHandler {

        private final List<String> strings;
        private final ReadingBudget budget;
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;

        Handler(List<String> strings, ReadingBudget budget) {
            this.strings = strings;
            this.budget = budget;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> text.setLength(0);
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // runs and their properties hold no text of their own
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> strings.add(budget.text(text.toString()));
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                    // nothing to close
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
                if (text.length() > budget.limits().maxCellLength()) {
                    budget.count(text.length());
                }
            }
        }
    }
}
