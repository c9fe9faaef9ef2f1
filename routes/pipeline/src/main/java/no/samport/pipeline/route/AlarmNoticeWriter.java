package no.samport.pipeline.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import no.samport.pipeline.step.AlarmNotice;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Writes an alarm notice as the exchange's JSON body, with a file name for file-based alarm endpoints. */
final class AlarmNoticeWriter implements Processor {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public void process(Exchange exchange) throws Exception {
        AlarmNotice notice = exchange.getIn().getBody(AlarmNotice.class);
        exchange.getIn().setHeader(Exchange.FILE_NAME, notice.fileName());
        exchange.getIn().setBody(JSON.writeValueAsString(notice));
    }
}
