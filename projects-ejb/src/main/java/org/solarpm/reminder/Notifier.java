package org.solarpm.reminder;

/** A way out of SolarPM (e-mail, DingTalk robot, webhook). Throws when the message did not get through. */
public interface Notifier {

    Channel channel();

    void send(Delivery delivery) throws Exception;
}
