package org.solarpm.reminder;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Creates each job as a CDI bean so that it gets its services injected (Quartz would call the no-arg constructor). */
public class CdiJobFactory implements JobFactory {

    private final BeanManager beans;

    public CdiJobFactory(BeanManager beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        Bean<?> bean = beans.resolve(beans.getBeans(type));
        if (bean == null) {
            throw new SchedulerException("No CDI bean for job " + type.getName());
        }
        CreationalContext<?> context = beans.createCreationalContext(bean);
        return (Job) beans.getReference(bean, type, context);
    }
}
